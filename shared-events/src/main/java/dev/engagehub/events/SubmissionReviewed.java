package dev.engagehub.events;

import java.util.UUID;

/** An admin approved or rejected a submission; approval carries the points it earned. */
public record SubmissionReviewed(UUID submissionId, String templateKey, Decision decision, long points,
                                 String reviewerId, String reason) implements EventPayload {
    public enum Decision { APPROVED, REJECTED }

    public SubmissionReviewed {
        Require.present(submissionId, "submissionId");
        Require.identifier(templateKey, "templateKey");
        Require.present(decision, "decision");
        Require.notNegative(points, "points");
        Require.identifier(reviewerId, "reviewerId");
        Require.optionalText(reason, "reason", 1_000);
        if (decision == Decision.REJECTED && reason == null) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
    }
}
