package dev.engagehub.rewards.domain;

import dev.engagehub.events.Identifiers;
import dev.engagehub.kit.rest.ProblemException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Who may redeem a reward.
 *
 * @param minLevel      the level a member needs; 0 for everyone
 * @param requiredBadge a badge the member must hold, or null
 * @param requiredRole  a role (Discord role or segment) the member must have, or null
 */
public record Eligibility(int minLevel, String requiredBadge, String requiredRole) {
    public static final Eligibility EVERYONE = new Eligibility(0, null, null);

    public Eligibility {
        if (minLevel < 0) {
            throw ProblemException.invalidField("eligibility.minLevel", "minLevel must not be negative");
        }
        if (requiredBadge != null && !Identifiers.isValid(requiredBadge)) {
            throw ProblemException.invalidField("eligibility.requiredBadge", "requiredBadge must be " + Identifiers.RULE);
        }
        if (requiredRole != null && !Identifiers.isValid(requiredRole)) {
            throw ProblemException.invalidField("eligibility.requiredRole", "requiredRole must be " + Identifiers.RULE);
        }
    }

    /** Level and badges live in points-service; roles arrive with the request. */
    public boolean needsStanding() {
        return minLevel > 0 || requiredBadge != null;
    }

    /** Why the member's level or badges keep them from redeeming, or empty when they do not. */
    public Optional<String> refusal(int level, Set<String> badges) {
        if (level < minLevel) {
            return Optional.of("needs level " + minLevel + " (you are level " + level + ")");
        }
        if (requiredBadge != null && !badges.contains(requiredBadge)) {
            return Optional.of("needs the badge '" + requiredBadge + "'");
        }
        return Optional.empty();
    }

    /** Why the member's roles keep them from redeeming, or empty when they do not. */
    public Optional<String> refusal(Collection<String> roles) {
        return requiredRole == null || roles.contains(requiredRole) ? Optional.empty()
                : Optional.of("needs the role '" + requiredRole + "'");
    }
}
