package dev.engagehub.events;

import java.time.LocalDate;

/** A member's daily streak changed on {@code day} (in the community's time zone). */
public record StreakUpdated(int current, int longest, LocalDate day) implements EventPayload {
    public StreakUpdated {
        Require.notNegative(current, "current");
        Require.notNegative(longest, "longest");
        if (longest < current) {
            throw new IllegalArgumentException("longest must be at least current");
        }
        Require.present(day, "day");
    }
}
