package dev.engagehub.rewards.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's redemption of one reward, and where it stands in the saga.
 *
 * @param code           the pool code handed out, once fulfilled
 * @param shipping       where merch goes
 * @param shippingStatus carrier and tracking, once shipped
 * @param reviewedBy     the admin who approved or rejected it
 */
public record Redemption(UUID id, String communityId, String memberId, String rewardKey, long cost, Status status, String reason,
                         String code, ShippingDetails shipping, String shippingStatus, String reviewedBy,
                         Instant createdAt, Instant updatedAt) {
    /**
     * REQUESTED (unit reserved, debit asked) → FULFILLED, or PENDING_APPROVAL → [APPROVED →] FULFILLED;
     * any open state → REJECTED, with a refund when points had been taken.
     */
    public enum Status {
        REQUESTED, PENDING_APPROVAL, APPROVED, FULFILLED, REJECTED;

        /** Points have been debited for it. */
        public boolean isPaid() {
            return this == PENDING_APPROVAL || this == APPROVED || this == FULFILLED;
        }
    }
}
