package dev.engagehub.rewards.domain;

import java.time.Instant;
import java.util.UUID;

/** A member's redemption of one reward, and where it stands in the saga. */
public record Redemption(UUID id, String memberId, String rewardKey, long cost, Status status, String reason,
                         Instant createdAt, Instant updatedAt) {
    public enum Status { REQUESTED, DEBITED, PENDING_APPROVAL, FULFILLED, REJECTED }
}
