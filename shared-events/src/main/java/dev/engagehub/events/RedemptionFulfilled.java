package dev.engagehub.events;

import java.util.UUID;

/**
 * The member has what they redeemed.
 *
 * @param code             the pool code handed out, for {@link RewardKind#DISCOUNT_CODE}
 * @param roleId           the Discord role to grant, for a {@link RewardKind#DIGITAL_PERK}
 * @param roleDurationDays how long the role is kept; null means for good
 * @param shippingStatus   carrier and tracking for {@link RewardKind#MERCH}
 * @param instructions     how to use what was redeemed (e.g. where a partner offer is claimed); optional
 */
public record RedemptionFulfilled(UUID redemptionId, String rewardId, String rewardName, RewardKind kind,
                                  String code, String roleId, Integer roleDurationDays, String shippingStatus,
                                  String instructions)
        implements EventPayload {
    public RedemptionFulfilled {
        Require.present(redemptionId, "redemptionId");
        Require.identifier(rewardId, "rewardId");
        Require.text(rewardName, "rewardName", 200);
        Require.present(kind, "kind");
        Require.optionalText(code, "code", 200);
        Require.optionalIdentifier(roleId, "roleId");
        if (roleDurationDays != null) {
            Require.positive(roleDurationDays, "roleDurationDays");
        }
        Require.optionalText(shippingStatus, "shippingStatus", 500);
        Require.optionalText(instructions, "instructions", 1_000);
    }
}
