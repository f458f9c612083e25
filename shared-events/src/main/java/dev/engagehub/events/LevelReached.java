package dev.engagehub.events;

/**
 * A member's lifetime XP crossed into a new level.
 *
 * @param roleRewardId the Discord role configured for this level, if any
 */
public record LevelReached(int level, long lifetimeXp, String roleRewardId) implements EventPayload {
    public LevelReached {
        Require.positive(level, "level");
        Require.notNegative(lifetimeXp, "lifetimeXp");
        Require.optionalIdentifier(roleRewardId, "roleRewardId");
    }
}
