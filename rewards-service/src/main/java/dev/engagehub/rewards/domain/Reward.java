package dev.engagehub.rewards.domain;

import dev.engagehub.events.Identifiers;
import dev.engagehub.events.RewardKind;
import dev.engagehub.kit.rest.ProblemException;
import java.time.Instant;

/**
 * Something members can redeem points for.
 *
 * @param stock          units that exist, or null for unlimited; for a discount code, the size of its code pool
 * @param perMemberLimit how many times one member may redeem it, or null for no limit
 */
public record Reward(String key, String name, String description, RewardKind kind, long cost, Integer stock,
                     Integer perMemberLimit, Instant availableFrom, Instant availableUntil, Eligibility eligibility,
                     Fulfilment fulfilment, boolean visible, String imageUrl) {
    public static final long MAX_COST = 100_000_000;

    public Reward {
        if (!Identifiers.isValid(key)) {
            throw invalid("key", "key must be " + Identifiers.RULE);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw invalid("name", "name must be 1-200 characters");
        }
        if (description == null || description.length() > 2_000) {
            throw invalid("description", "description must be at most 2000 characters");
        }
        if (kind == null) {
            throw invalid("kind", "kind is required");
        }
        if (cost <= 0 || cost > MAX_COST) {
            throw invalid("cost", "cost must be between 1 and " + MAX_COST);
        }
        if (stock != null && stock < 0) {
            throw invalid("stock", "stock must not be negative (leave it out for unlimited)");
        }
        if (perMemberLimit != null && perMemberLimit <= 0) {
            throw invalid("perMemberLimit", "perMemberLimit must be positive (leave it out for no limit)");
        }
        if (availableFrom != null && availableUntil != null && !availableUntil.isAfter(availableFrom)) {
            throw invalid("availableUntil", "availableUntil must be after availableFrom");
        }
        eligibility = eligibility == null ? Eligibility.EVERYONE : eligibility;
        fulfilment = fulfilment == null ? Fulfilment.AT_ONCE : fulfilment;
        if (fulfilment.roleId() != null && kind != RewardKind.DIGITAL_PERK) {
            throw invalid("fulfilment.roleId", "only a DIGITAL_PERK grants a role");
        }
        if (imageUrl != null && (imageUrl.length() > 2_000 || !imageUrl.matches("https?://\\S+"))) {
            throw invalid("imageUrl", "imageUrl must be an http(s) URL of at most 2000 characters");
        }
    }

    public boolean isAvailableAt(Instant at) {
        return (availableFrom == null || !at.isBefore(availableFrom)) && (availableUntil == null || at.isBefore(availableUntil));
    }

    /** Merch and custom rewards are fulfilled by hand; others when the admin asked to see each one. */
    public boolean needsApproval() {
        return kind == RewardKind.MERCH || kind == RewardKind.CUSTOM || fulfilment.requiresApproval();
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalidField(field, message);
    }
}
