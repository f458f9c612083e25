package dev.engagehub.events;

import java.util.UUID;

/** Step 2 of the redemption saga: the member's balance covered the cost and was debited. */
public record PointsDebited(UUID redemptionId, long points, long balance) implements EventPayload {
    public PointsDebited {
        Require.present(redemptionId, "redemptionId");
        Require.positive(points, "points");
        Require.notNegative(balance, "balance");
    }
}
