package dev.engagehub.events;

import java.util.UUID;

/** Step 2 of the redemption saga, the other way: nothing was debited, and why. */
public record PointsDebitRejected(UUID redemptionId, long points, long balance, Reason reason)
        implements EventPayload {
    public enum Reason { INSUFFICIENT_POINTS, MEMBER_UNKNOWN, MEMBER_SUSPENDED }

    public PointsDebitRejected {
        Require.present(redemptionId, "redemptionId");
        Require.positive(points, "points");
        Require.notNegative(balance, "balance");
        Require.present(reason, "reason");
    }
}
