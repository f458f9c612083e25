package dev.engagehub.points.rules;

import java.time.Instant;
import java.time.LocalDate;

/** A member's recent use of one action: the cooldown clock and the points counted against today's cap. */
public record ActionUsage(Instant lastAwardedAt, LocalDate day, long dayPoints) {
    public static final ActionUsage NONE = new ActionUsage(null, null, 0);

    /**
     * The usage after an award, merged as the store merges it: a late event never moves the clock or the day
     * back, and points of an older day do not count against the current one.
     */
    public ActionUsage after(Instant at, LocalDate awardDay, long points) {
        Instant latest = lastAwardedAt == null || at.isAfter(lastAwardedAt) ? at : lastAwardedAt;
        if (day == null || awardDay.isAfter(day)) {
            return new ActionUsage(latest, awardDay, points);
        }
        return new ActionUsage(latest, day, awardDay.equals(day) ? dayPoints + points : dayPoints);
    }

    /** Points already earned on {@code today}; a new day starts from zero. */
    long pointsOn(LocalDate today) {
        return today.equals(day) ? dayPoints : 0;
    }
}
