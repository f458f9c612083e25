package dev.engagehub.points.domain;

import java.time.Instant;
import java.util.UUID;

/** A member's claim from a template, and its review. */
public record Submission(UUID id, String memberId, String templateKey, String evidenceUrl, String evidenceText,
                         Status status, int points, String reviewerId, String reviewReason, Instant createdAt,
                         Instant reviewedAt) {
    public enum Status { PENDING, APPROVED, REJECTED }
}
