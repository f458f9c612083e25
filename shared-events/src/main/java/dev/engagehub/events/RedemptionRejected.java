package dev.engagehub.events;

import java.util.UUID;

/**
 * The redemption ended without the reward and its stock is released.
 *
 * @param refundDue true when points had been debited, so points-service must refund {@code cost}
 */
public record RedemptionRejected(UUID redemptionId, String rewardId, long cost, String reason, boolean refundDue)
        implements EventPayload {
    public RedemptionRejected {
        Require.present(redemptionId, "redemptionId");
        Require.identifier(rewardId, "rewardId");
        Require.positive(cost, "cost");
        Require.text(reason, "reason", 1_000);
    }
}
