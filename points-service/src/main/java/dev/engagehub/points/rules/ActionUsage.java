package dev.engagehub.points.rules;

import java.time.Instant;
import java.time.LocalDate;

/** A member's recent use of one action: the cooldown clock and the points counted against today's cap. */
public record ActionUsage(Instant lastAwardedAt, LocalDate day, long dayPoints) {
    public static final ActionUsage NONE = new ActionUsage(null, null, 0);

    /** Points already earned on {@code today}; a new day starts from zero. */
    long pointsOn(LocalDate today) {
        return today.equals(day) ? dayPoints : 0;
    }
}
