package dev.engagehub.events;

import java.util.UUID;

/** Step 1 of the redemption saga: one unit of stock is reserved and the cost awaits a debit. */
public record RedemptionRequested(UUID redemptionId, String rewardId, String rewardName, RewardKind kind, long cost)
        implements EventPayload {
    public RedemptionRequested {
        Require.present(redemptionId, "redemptionId");
        Require.identifier(rewardId, "rewardId");
        Require.text(rewardName, "rewardName", 200);
        Require.present(kind, "kind");
        Require.positive(cost, "cost");
    }
}
