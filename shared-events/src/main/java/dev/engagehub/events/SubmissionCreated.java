package dev.engagehub.events;

import java.util.UUID;

/** A member claimed an activity from a submission template and is waiting for review. */
public record SubmissionCreated(UUID submissionId, String templateKey, String evidenceUrl, String evidenceText)
        implements EventPayload {
    public SubmissionCreated {
        Require.present(submissionId, "submissionId");
        Require.identifier(templateKey, "templateKey");
        Require.optionalText(evidenceUrl, "evidenceUrl", 2_000);
        Require.optionalText(evidenceText, "evidenceText", 4_000);
    }
}
