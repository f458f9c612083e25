package dev.engagehub.events;

/** A member moved closer to a challenge's goal. */
public record ChallengeProgressed(String challengeId, long progress, long goal) implements EventPayload {
    public ChallengeProgressed {
        Require.identifier(challengeId, "challengeId");
        Require.notNegative(progress, "progress");
        Require.positive(goal, "goal");
    }
}
