package dev.engagehub.events;

/** A member reached a challenge's goal; its reward points and badge, if any, follow as their own events. */
public record ChallengeCompleted(String challengeId, String name, long rewardPoints, String rewardBadgeKey)
        implements EventPayload {
    public ChallengeCompleted {
        Require.identifier(challengeId, "challengeId");
        Require.text(name, "name", 200);
        Require.notNegative(rewardPoints, "rewardPoints");
        Require.optionalIdentifier(rewardBadgeKey, "rewardBadgeKey");
    }
}
