package dev.engagehub.analytics.service;

import dev.engagehub.kit.db.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The questions a community manager asks, answered from the aggregates in chart-ready shapes. */
@ApplicationScoped
@Transactional
public class Metrics {
    public record DayActivity(LocalDate day, long dau, long wau, long mau, BigDecimal stickiness) {
    }

    public record ActionCount(String action, long events, long points) {
    }

    public record Overview(long activeMembers, long newMembers, long returningMembers, long pointsIssued,
                           long pointsDeducted, long pointsRedeemed, long pointsRefunded, long notificationsSent,
                           List<ActionCount> topActions) {
    }

    public record DayPoints(LocalDate day, long issued, long deducted, long redeemed, long refunded) {
    }

    public record Step(String step, long members) {
    }

    public record Cohort(LocalDate week, long members, List<Long> retained) {
    }

    public record AtRisk(String memberId, Instant lastActiveAt, long pointsBefore) {
    }

    private final EntityManager db;

    Metrics(EntityManager db) {
        this.db = db;
    }

    /** Per local day: members active that day, in the 7 and 30 days up to it, and DAU/MAU. */
    public List<DayActivity> activity(String community, Period period, SegmentFilter segment) {
        String zone = period.zone().getId();
        List<Object[]> rows = NativeRows.of(db, """
                WITH days AS (SELECT generate_series(CAST(?2 AS date), CAST(?3 AS date), interval '1 day')::date AS day),
                     active AS (SELECT DISTINCT member_id, (hour AT TIME ZONE ?4)::date AS day FROM member_hours
                                WHERE community_id = ?1 AND events > 0 AND hour >= ?5 AND hour < ?6 %s)
                SELECT d.day,
                       count(DISTINCT a.member_id) FILTER (WHERE a.day = d.day),
                       count(DISTINCT a.member_id) FILTER (WHERE a.day > d.day - 7),
                       count(DISTINCT a.member_id)
                FROM days d LEFT JOIN active a ON a.day BETWEEN d.day - 29 AND d.day
                GROUP BY d.day ORDER BY d.day""".formatted(segment.condition("member_id", 7)), segment.parameters(
                community, Date.valueOf(period.from()), Date.valueOf(period.to()), zone,
                period.from().minusDays(29).atStartOfDay(period.zone()).toInstant(), period.end()));
        List<DayActivity> days = new ArrayList<>();
        for (Object[] row : rows) {
            long dau = ((Number) row[1]).longValue();
            long mau = ((Number) row[3]).longValue();
            days.add(new DayActivity(day(row[0]), dau, ((Number) row[2]).longValue(), mau,
                    mau == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(dau).divide(BigDecimal.valueOf(mau), 3,
                            RoundingMode.HALF_UP)));
        }
        return days;
    }

    /** Points and actions are the whole community's; with a segment, member counts are the segment's. */
    public Overview overview(String community, Period period, SegmentFilter segment) {
        Object[] members = NativeRows.of(db, """
                SELECT count(DISTINCT h.member_id),
                       count(DISTINCT h.member_id) FILTER (WHERE m.first_activity_at >= ?2),
                       count(DISTINCT h.member_id) FILTER (WHERE m.first_activity_at < ?2)
                FROM member_hours h JOIN member_milestones m USING (community_id, member_id)
                WHERE h.community_id = ?1 AND h.events > 0 AND h.hour >= ?2 AND h.hour < ?3 %s"""
                .formatted(segment.condition("h.member_id", 4)),
                segment.parameters(community, period.start(), period.end())).get(0);
        Object[] points = NativeRows.of(db, """
                SELECT coalesce(sum(issued), 0), coalesce(sum(deducted), 0), coalesce(sum(redeemed), 0),
                       coalesce(sum(refunded), 0)
                FROM points_hours WHERE community_id = ?1 AND hour >= ?2 AND hour < ?3""",
                community, period.start(), period.end()).get(0);
        List<ActionCount> top = NativeRows.of(db, """
                SELECT action, sum(events), sum(points) FROM action_hours
                WHERE community_id = ?1 AND hour >= ?2 AND hour < ?3
                GROUP BY action ORDER BY sum(events) DESC, sum(points) DESC, action LIMIT 10""",
                community, period.start(), period.end()).stream()
                .map(row -> new ActionCount((String) row[0], number(row[1]), number(row[2]))).toList();
        long notifications = number(NativeRows.of(db, """
                SELECT coalesce(sum(requested), 0), 0 FROM notification_hours
                WHERE community_id = ?1 AND hour >= ?2 AND hour < ?3""", community, period.start(), period.end())
                .get(0)[0]);
        return new Overview(number(members[0]), number(members[1]), number(members[2]), number(points[0]),
                number(points[1]), number(points[2]), number(points[3]), notifications, top);
    }

    /** Per local day: points issued, deducted, redeemed and refunded (every day of the period, zeros too). */
    public List<DayPoints> points(String community, Period period) {
        return NativeRows.of(db, """
                WITH days AS (SELECT generate_series(CAST(?2 AS date), CAST(?3 AS date), interval '1 day')::date AS day),
                     hours AS (SELECT (hour AT TIME ZONE ?4)::date AS day, issued, deducted, redeemed, refunded
                               FROM points_hours WHERE community_id = ?1 AND hour >= ?5 AND hour < ?6)
                SELECT d.day, coalesce(sum(h.issued), 0), coalesce(sum(h.deducted), 0), coalesce(sum(h.redeemed), 0),
                       coalesce(sum(h.refunded), 0)
                FROM days d LEFT JOIN hours h USING (day) GROUP BY d.day ORDER BY d.day""",
                community, Date.valueOf(period.from()), Date.valueOf(period.to()), period.zone().getId(),
                period.start(), period.end()).stream()
                .map(row -> new DayPoints(day(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4])))
                .toList();
    }

    /** Events by local day of week (row 0 = Monday) and hour of day. */
    public long[][] heatmap(String community, Period period, SegmentFilter segment) {
        long[][] grid = new long[7][24];
        NativeRows.of(db, """
                SELECT extract(isodow FROM hour AT TIME ZONE ?4)::int, extract(hour FROM hour AT TIME ZONE ?4)::int,
                       sum(events)
                FROM member_hours WHERE community_id = ?1 AND hour >= ?2 AND hour < ?3 %s GROUP BY 1, 2"""
                .formatted(segment.condition("member_id", 5)),
                segment.parameters(community, period.start(), period.end(), period.zone().getId()))
                .forEach(row -> grid[((Number) row[0]).intValue() - 1][((Number) row[1]).intValue()] = number(row[2]));
        return grid;
    }

    /** Funnel steps and the milestone each stands for. */
    public static final Map<String, String> FUNNEL_STEPS = Map.of("joined", "first_seen_at",
            "first_action", "first_activity_at", "first_points", "first_points_at",
            "first_submission", "first_submission_at", "first_redemption", "first_redemption_at");
    public static final List<String> DEFAULT_FUNNEL = List.of("joined", "first_action", "first_points",
            "first_submission", "first_redemption");

    /**
     * Of the members first seen in the period: how many reached each step having reached every step before it
     * (a strict funnel), for the steps asked for, in the order asked for.
     */
    public List<Step> funnel(String community, Period period, List<String> steps, SegmentFilter segment) {
        StringBuilder counts = new StringBuilder();
        StringBuilder reached = new StringBuilder("TRUE");
        for (String step : steps) {
            reached.append(" AND ").append(FUNNEL_STEPS.get(step)).append(" IS NOT NULL");
            counts.append(counts.length() == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(reached)
                    .append(')');
        }
        Object[] row = NativeRows.of(db, "SELECT " + counts + ", 0 FROM member_milestones"
                + " WHERE community_id = ?1 AND first_seen_at >= ?2 AND first_seen_at < ?3"
                + segment.condition("member_id", 4), segment.parameters(community, period.start(), period.end()))
                .get(0);
        List<Step> funnel = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            funnel.add(new Step(steps.get(i), number(row[i])));
        }
        return funnel;
    }

    /**
     * Weekly cohorts by first activity (weeks start on Monday, local time): per cohort, its size and how many of
     * its members were active 0, 1, 2… weeks later.
     */
    public List<Cohort> retention(String community, Period period, int weeks, SegmentFilter segment) {
        String zone = period.zone().getId();
        List<Object[]> rows = NativeRows.of(db, """
                WITH cohorts AS (SELECT member_id, date_trunc('week', first_activity_at AT TIME ZONE ?4)::date AS week
                                 FROM member_milestones WHERE community_id = ?1 AND first_activity_at >= ?2
                                 AND first_activity_at < ?3 %s),
                     active AS (SELECT DISTINCT member_id, date_trunc('week', hour AT TIME ZONE ?4)::date AS week
                                FROM member_hours WHERE community_id = ?1 AND events > 0 AND hour >= ?2)
                SELECT c.week, (a.week - c.week) / 7, count(DISTINCT c.member_id)
                FROM cohorts c JOIN active a ON a.member_id = c.member_id AND a.week >= c.week
                WHERE (a.week - c.week) / 7 < ?5
                GROUP BY 1, 2 ORDER BY 1, 2""".formatted(segment.condition("member_id", 6)),
                segment.parameters(community, period.start(), period.end(), zone, weeks));
        List<Cohort> cohorts = new ArrayList<>();
        for (Object[] row : rows) {
            LocalDate week = day(row[0]);
            if (cohorts.isEmpty() || !cohorts.get(cohorts.size() - 1).week().equals(week)) {
                cohorts.add(new Cohort(week, 0, new ArrayList<>()));
            }
            Cohort cohort = cohorts.get(cohorts.size() - 1);
            int offset = ((Number) row[1]).intValue();
            while (cohort.retained().size() < offset) {
                cohort.retained().add(0L);
            }
            cohort.retained().add(number(row[2]));
        }
        return cohorts.stream().map(cohort -> new Cohort(cohort.week(), cohort.retained().get(0),
                List.copyOf(cohort.retained()))).toList();
    }

    /** Members active in the {@code lookbackDays} before the quiet spell, but not in the last {@code quietDays}. */
    public List<AtRisk> atRisk(String community, Instant now, int quietDays, int lookbackDays,
                               SegmentFilter segment) {
        Instant quietSince = now.minus(java.time.Duration.ofDays(quietDays));
        Instant activeSince = quietSince.minus(java.time.Duration.ofDays(lookbackDays));
        return NativeRows.of(db, """
                SELECT m.member_id, m.last_activity_at, coalesce(sum(h.points), 0)
                FROM member_milestones m LEFT JOIN member_hours h ON h.community_id = m.community_id
                     AND h.member_id = m.member_id AND h.hour >= ?3
                WHERE m.community_id = ?1 AND m.last_activity_at < ?2 AND m.last_activity_at >= ?3 %s
                GROUP BY m.member_id, m.last_activity_at ORDER BY coalesce(sum(h.points), 0) DESC, m.member_id
                LIMIT 500""".formatted(segment.condition("m.member_id", 4)),
                segment.parameters(community, quietSince, activeSince)).stream()
                .map(row -> new AtRisk((String) row[0], instant(row[1]),
                        number(row[2]))).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp time ? time.toInstant() : (Instant) value;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
