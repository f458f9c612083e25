package dev.engagehub.points.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A member's run of active days. Missing up to {@code graceDays} days in a row keeps the run alive
 * (it does not add the missed days); a longer gap starts over at one.
 */
public record Streak(int current, int longest, LocalDate lastDay) {
    public static final Streak NONE = new Streak(0, 0, null);

    /** The streak after activity on {@code day}; the same streak when that day is already counted or older. */
    public Streak activeOn(LocalDate day, int graceDays) {
        if (lastDay == null) {
            return new Streak(1, Math.max(1, longest), day);
        }
        if (!day.isAfter(lastDay)) {
            return this;
        }
        long missed = ChronoUnit.DAYS.between(lastDay, day) - 1;
        int next = missed <= graceDays ? current + 1 : 1;
        return new Streak(next, Math.max(next, longest), day);
    }

    /** The streak as of {@code today}: zero once the grace has run out without activity. */
    public int currentOn(LocalDate today, int graceDays) {
        if (lastDay == null) {
            return 0;
        }
        long missed = ChronoUnit.DAYS.between(lastDay, today) - 1;
        return missed <= graceDays ? current : 0;
    }
}
