package dev.engagehub.bot.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory "at most once per period" per key. Lost on restart, which costs at most one extra event per
 * member: points-service enforces the rules' cooldowns on its side too.
 */
final class Cooldowns {
    private static final int PRUNE_ABOVE = 100_000;

    private final Duration period;
    private final Map<String, Instant> last = new ConcurrentHashMap<>();

    Cooldowns(Duration period) {
        this.period = period;
    }

    /**
     * True (and the period starts again) when {@code key} is not cooling down at {@code now}. Always true for a
     * zero period: messages handled on two threads can come with their clocks out of order, and one read a hair
     * before the other's must not count as inside a period that does not exist.
     */
    boolean tryAcquire(String key, Instant now) {
        if (period.isZero() || period.isNegative()) {
            return true;
        }
        boolean[] acquired = {false};
        last.compute(key, (ignored, previous) -> {
            if (previous == null || !now.isBefore(previous.plus(period))) {
                acquired[0] = true;
                return now;
            }
            return previous;
        });
        if (last.size() > PRUNE_ABOVE) {
            last.values().removeIf(at -> at.plus(period).isBefore(now));
        }
        return acquired[0];
    }
}
