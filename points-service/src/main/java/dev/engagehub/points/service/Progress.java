package dev.engagehub.points.service;

import dev.engagehub.events.ChallengeCompleted;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.LevelReached;
import dev.engagehub.events.PointsAwarded;
import dev.engagehub.events.StreakUpdated;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.points.domain.BadgeKind;
import dev.engagehub.points.domain.Challenge;
import dev.engagehub.points.domain.Streak;
import dev.engagehub.points.rules.CommunityRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Everything that follows from a member doing something: points granted with their level-ups,
 * streaks, badges and challenge progress, and the rewards of completed challenges.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Progress {
    static final String CHALLENGE_REWARD_ACTION = "challenge_completed";

    private final Ledger ledger;
    private final Outbox outbox;
    private final Badges badges;
    private final Challenges challenges;

    Progress(Ledger ledger, Outbox outbox, Badges badges, Challenges challenges) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.badges = badges;
        this.challenges = challenges;
    }

    /** Adds earned points to the ledger and announces them, with every level crossed and what they complete. */
    public Posted grant(CommunityRules rules, EventEnvelope<?> cause, Ledger.Movement movement,
                        Collection<String> roleIds) {
        Posted posted = ledger.award(movement, rules.curve());
        // Stamped with when the points were earned, so every board buckets them in the same period as the ledger.
        outbox.add(cause.followUp(EventSource.POINTS_SERVICE, new PointsAwarded(movement.points(),
                posted.after().balance(), posted.after().lifetimeXp(), movement.action(), movement.sourceEventId(),
                movement.reason(), posted.entryId(), movement.segments())).occurringAt(movement.occurredAt()));
        announceLevelsCrossed(rules, cause, posted.after().lifetimeXp() - movement.points(), posted.after().lifetimeXp());
        badges.reached(rules, cause, BadgeKind.LIFETIME_XP, posted.after().lifetimeXp(), null);
        reward(rules, cause, challenges.advance(rules, cause, Challenge.GoalKind.POINTS_EARNED, null, movement.points(),
                roleIds, cause.occurredAt()));
        return posted;
    }

    /** A rewarded use of an action: counts toward action badges and challenges. */
    public void countAction(CommunityRules rules, EventEnvelope<?> cause, String action, long units, long total,
                            Collection<String> roleIds) {
        badges.reached(rules, cause, BadgeKind.ACTION_COUNT, total, action);
        reward(rules, cause, challenges.advance(rules, cause, Challenge.GoalKind.ACTION_COUNT, action, units, roleIds,
                cause.occurredAt()));
    }

    /** An approved submission: counts toward submission badges and challenges. */
    public void countApprovedSubmission(CommunityRules rules, EventEnvelope<?> cause, String templateKey,
                                        long approvedOfTemplate, long approvedInAll) {
        badges.reached(rules, cause, BadgeKind.APPROVED_SUBMISSIONS, approvedOfTemplate, templateKey);
        badges.reached(rules, cause, BadgeKind.APPROVED_SUBMISSIONS, approvedInAll, null);
        reward(rules, cause, challenges.advance(rules, cause, Challenge.GoalKind.APPROVED_SUBMISSIONS, templateKey, 1,
                List.of(), cause.occurredAt()));
    }

    /**
     * Any counted activity keeps the daily streak going: announces a change and returns the member's streak after
     * it, for the caller to store with the rest of its batch ({@link Streaks#saveAll}).
     */
    public Streak activeOn(CommunityRules rules, EventEnvelope<?> cause, Streak before) {
        LocalDate day = cause.occurredAt().atZone(rules.zone()).toLocalDate();
        Streak after = before.activeOn(day, rules.streakGraceDays());
        if (after.equals(before)) {
            return before;
        }
        outbox.add(cause.followUp(EventSource.POINTS_SERVICE,
                new StreakUpdated(after.current(), after.longest(), day)));
        badges.reached(rules, cause, BadgeKind.STREAK_DAYS, after.current(), null);
        return after;
    }

    private void reward(CommunityRules rules, EventEnvelope<?> cause, List<Challenges.Completion> completions) {
        for (Challenges.Completion completion : completions) {
            Challenge challenge = completion.challenge();
            EventEnvelope<ChallengeCompleted> completed = cause.followUpFor(completion.memberId(),
                    EventSource.POINTS_SERVICE, new ChallengeCompleted(challenge.key(), challenge.name(),
                            challenge.rewardPoints(), challenge.rewardBadgeKey()));
            outbox.add(completed);
            if (challenge.rewardPoints() > 0) {
                grant(rules, completed, new Ledger.Movement(cause.communityId(), completion.memberId(),
                        challenge.rewardPoints(), CHALLENGE_REWARD_ACTION,
                        rewardId(cause.communityId(), challenge.key(), completion.memberId()),
                        "completed " + challenge.name(), null, List.of(), cause.occurredAt()), List.of());
            }
            if (challenge.rewardBadgeKey() != null) {
                badges.give(completed, challenge.rewardBadgeKey());
            }
            badges.reached(rules, completed, BadgeKind.CHALLENGES_COMPLETED,
                    challenges.completedBy(cause.communityId(), completion.memberId()), null);
        }
    }

    /** One LevelReached per level crossed, so a big award that skips levels still announces each. */
    void announceLevelsCrossed(CommunityRules rules, EventEnvelope<?> cause, long xpBefore, long xpAfter) {
        int reached = rules.curve().levelFor(xpAfter);
        for (int level = rules.curve().levelFor(xpBefore) + 1; level <= reached; level++) {
            outbox.add(cause.followUp(EventSource.POINTS_SERVICE,
                    new LevelReached(level, xpAfter, rules.roleRewardFor(level).orElse(null))));
        }
        if (reached > rules.curve().levelFor(xpBefore)) {
            badges.reached(rules, cause, BadgeKind.LEVEL, reached, null);
        }
    }

    /** A challenge rewards each member once: the reward's ledger key is derived from both. */
    static UUID rewardId(String communityId, String challengeKey, String memberId) {
        return UUID.nameUUIDFromBytes(("challenge:" + communityId + ":" + challengeKey + ":" + memberId)
                .getBytes(StandardCharsets.UTF_8));
    }
}
