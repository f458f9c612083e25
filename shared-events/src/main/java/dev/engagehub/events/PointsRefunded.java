package dev.engagehub.events;

import java.util.UUID;

/** A compensating ledger entry gave back the points of a rejected or timed-out redemption. */
public record PointsRefunded(UUID redemptionId, long points, long balance, String reason) implements EventPayload {
    public PointsRefunded {
        Require.present(redemptionId, "redemptionId");
        Require.positive(points, "points");
        Require.notNegative(balance, "balance");
        Require.optionalText(reason, "reason", 500);
    }
}
