package dev.engagehub.points.domain;

import java.time.Instant;

/**
 * A goal to reach within a time window, for each member or for the whole community together.
 *
 * @param subject      the action (ACTION_COUNT) or submission template (APPROVED_SUBMISSIONS) that counts;
 *                     null counts any
 * @param cohortRoleId when set, only members holding this role take part (a course cohort)
 */
public record Challenge(String key, String name, String description, GoalKind goalKind, String subject, long goal,
                        Instant startsAt, Instant endsAt, long rewardPoints, String rewardBadgeKey,
                        String cohortRoleId, boolean communityWide) {
    public enum GoalKind { ACTION_COUNT, POINTS_EARNED, APPROVED_SUBMISSIONS }

    public Challenge {
        RuleChecks.identifier(key, "key");
        RuleChecks.text(name, "name", 200);
        RuleChecks.description(description, "description", 1_000);
        if (goalKind == null) {
            throw new InvalidRuleException("goalKind", "goalKind is required");
        }
        if (goal <= 0) {
            throw new InvalidRuleException("goal", "goal must be positive");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidRuleException("endsAt", "a challenge needs startsAt before endsAt");
        }
        if (rewardPoints < 0 || rewardPoints > 1_000_000) {
            throw new InvalidRuleException("rewardPoints", "rewardPoints must be between 0 and 1000000");
        }
        RuleChecks.optionalIdentifier(subject, "subject");
        RuleChecks.optionalIdentifier(rewardBadgeKey, "rewardBadgeKey");
        RuleChecks.optionalIdentifier(cohortRoleId, "cohortRoleId");
    }

    public boolean isOpenAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
