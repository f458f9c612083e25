package dev.engagehub.analytics.service;

import dev.engagehub.kit.rest.ProblemException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, in a time zone: from and to inclusive, local days. Aggregates are hourly in UTC, so a
 * local day is the hours from its local midnight to the next.
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {
    static final int MAX_DAYS = 731;

    public Period {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.invalidField("to", "a report covers at most " + MAX_DAYS + " days");
        }
    }

    /** From query parameters: defaults to the last 30 days in UTC. */
    public static Period of(String from, String to, String zone) {
        ZoneId zoneId;
        try {
            zoneId = zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("tz", "must be a time zone such as Europe/Berlin");
        }
        LocalDate end = to == null ? LocalDate.now(zoneId) : date(to, "to");
        LocalDate start = from == null ? end.minusDays(29) : date(from, "from");
        return new Period(start, end, zoneId);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** Exclusive. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField(field, "must be a date such as 2026-11-27");
        }
    }
}
