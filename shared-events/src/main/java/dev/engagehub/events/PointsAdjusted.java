package dev.engagehub.events;

/**
 * An admin added or removed points by hand, with a reason; both the balance and lifetime XP move.
 *
 * @param points        signed: positive for an award, negative for a deduction
 * @param ledgerEntryId the ledger row, as in {@link PointsAwarded}
 * @param actorId       who made the adjustment
 */
public record PointsAdjusted(long points, long balance, long lifetimeXp, long ledgerEntryId, String actorId,
                             String reason) implements EventPayload {
    public PointsAdjusted {
        if (points == 0) {
            throw new IllegalArgumentException("points must not be zero");
        }
        Require.notNegative(balance, "balance");
        Require.notNegative(lifetimeXp, "lifetimeXp");
        Require.notNegative(ledgerEntryId, "ledgerEntryId");
        Require.identifier(actorId, "actorId");
        Require.text(reason, "reason", 500);
    }
}
