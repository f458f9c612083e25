package dev.engagehub.points.rules;

import dev.engagehub.points.domain.InvalidRuleException;
import dev.engagehub.points.domain.RuleChecks;
import java.time.Duration;

/**
 * What one action is worth in a community.
 *
 * @param minPoints points per unit, drawn uniformly between min and max (equal for a fixed award)
 * @param cooldown  how long after an award the same member earns nothing more for this action
 * @param dailyCap  the most points a member earns from this action per day, or null for no cap
 */
public record ActionRule(String action, int minPoints, int maxPoints, Duration cooldown, Integer dailyCap,
                         boolean enabled) {
    public static final int MAX_POINTS = 100_000;
    public static final Duration MAX_COOLDOWN = Duration.ofDays(7);

    public ActionRule {
        RuleChecks.identifier(action, "action");
        if (minPoints < 0 || maxPoints < minPoints || maxPoints > MAX_POINTS) {
            throw new InvalidRuleException("points",
                    "points must satisfy 0 <= minPoints <= maxPoints <= " + MAX_POINTS);
        }
        if (cooldown == null || cooldown.isNegative() || cooldown.compareTo(MAX_COOLDOWN) > 0) {
            throw new InvalidRuleException("cooldownSeconds", "cooldown must be between 0 and 7 days");
        }
        if (dailyCap != null && dailyCap <= 0) {
            throw new InvalidRuleException("dailyCap", "dailyCap must be positive, or absent for no cap");
        }
    }

    public static ActionRule fixed(String action, int points, Duration cooldown, Integer dailyCap) {
        return new ActionRule(action, points, points, cooldown, dailyCap, true);
    }
}
