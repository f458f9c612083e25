package dev.engagehub.points.rules;

import dev.engagehub.events.ActivityRecorded;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Applies a community's rules to one activity. Pure: the random draw is seeded by the event id, so
 * the same event is always worth the same, whoever computes it and however often.
 */
public final class PointsCalculator {
    private PointsCalculator() {
    }

    public static Earning earn(CommunityRules rules, ActionRule rule, UUID eventId, ActivityRecorded activity,
                               Instant occurredAt, ActionUsage usage) {
        if (!rule.enabled()) {
            return Earning.nothing(Earning.Outcome.DISABLED);
        }
        if (rules.isNoXp(activity.channelId(), activity.roleIds())) {
            return Earning.nothing(Earning.Outcome.NO_XP);
        }
        if (inCooldown(rule, usage, occurredAt)) {
            return Earning.nothing(Earning.Outcome.COOLDOWN);
        }
        long points = multiply(draw(rule, eventId) * activity.quantity(), factorFor(rules, activity, occurredAt));
        if (rule.dailyCap() == null) {
            return new Earning(points, Earning.Outcome.EARNED);
        }
        LocalDate today = occurredAt.atZone(rules.zone()).toLocalDate();
        long room = Math.max(0, rule.dailyCap() - usage.pointsOn(today));
        if (room == 0) {
            return Earning.nothing(Earning.Outcome.DAILY_CAP);
        }
        return points <= room ? new Earning(points, Earning.Outcome.EARNED) : new Earning(room, Earning.Outcome.CAPPED_PARTLY);
    }

    /** Compared at the database's microsecond precision, in which the last award's time was stored. */
    private static boolean inCooldown(ActionRule rule, ActionUsage usage, Instant occurredAt) {
        return !rule.cooldown().isZero() && usage.lastAwardedAt() != null
                && occurredAt.truncatedTo(ChronoUnit.MICROS).isBefore(usage.lastAwardedAt().plus(rule.cooldown()));
    }

    private static long draw(ActionRule rule, UUID eventId) {
        if (rule.minPoints() == rule.maxPoints()) {
            return rule.minPoints();
        }
        SplittableRandom random = new SplittableRandom(eventId.getMostSignificantBits() ^ eventId.getLeastSignificantBits());
        return random.nextInt(rule.minPoints(), rule.maxPoints() + 1);
    }

    /** The best role boost (boosts do not stack with each other) times every running event. */
    static BigDecimal factorFor(CommunityRules rules, ActivityRecorded activity, Instant at) {
        BigDecimal bestRoleBoost = BigDecimal.ONE;
        BigDecimal events = BigDecimal.ONE;
        for (Multiplier multiplier : rules.multipliers()) {
            if (!multiplier.appliesTo(activity.roleIds(), at)) {
                continue;
            }
            if (multiplier.isRoleBoost()) {
                bestRoleBoost = bestRoleBoost.max(multiplier.factor());
            } else {
                events = events.multiply(multiplier.factor());
            }
        }
        return bestRoleBoost.multiply(events);
    }

    private static long multiply(long points, BigDecimal factor) {
        return BigDecimal.valueOf(points).multiply(factor).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
