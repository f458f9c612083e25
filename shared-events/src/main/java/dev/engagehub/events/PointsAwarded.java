package dev.engagehub.events;

import java.util.UUID;

/**
 * Points were added to a member's ledger.
 *
 * @param sourceEventId the event that earned them (activity, approved submission, admin award)
 * @param balance       spendable balance after the award
 * @param lifetimeXp    all points ever earned, which drives levels
 */
public record PointsAwarded(long points, long balance, long lifetimeXp, String action, UUID sourceEventId,
                            String reason) implements EventPayload {
    public PointsAwarded {
        Require.positive(points, "points");
        Require.notNegative(balance, "balance");
        Require.notNegative(lifetimeXp, "lifetimeXp");
        Require.identifier(action, "action");
        Require.present(sourceEventId, "sourceEventId");
        Require.optionalText(reason, "reason", 500);
    }
}
