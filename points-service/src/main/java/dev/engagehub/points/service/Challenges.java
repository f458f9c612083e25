package dev.engagehub.points.service;

import static dev.engagehub.kit.db.SqlValues.instant;
import static dev.engagehub.kit.db.SqlValues.number;
import static dev.engagehub.kit.db.SqlValues.timestamp;

import dev.engagehub.events.ChallengeProgressed;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.points.domain.Challenge;
import dev.engagehub.points.rules.CommunityRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Challenge definitions and each member's progress toward them. */
@ApplicationScoped
@Transactional
public class Challenges {
    /** The progress row that holds a community-wide challenge's total. */
    static final String COMMUNITY_TOTAL = "*";
    private static final String COLUMNS = """
            challenge_key, name, description, goal_kind, subject, goal, starts_at, ends_at, reward_points,
            reward_badge_key, cohort_role_id, community_wide""";

    private final EntityManager db;
    private final Outbox outbox;

    Challenges(EntityManager db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    /** Who reached a goal just now, so the caller can hand out the reward. */
    public record Completion(Challenge challenge, String memberId) {
    }

    /** A member's standing in one challenge. */
    public record Standing(Challenge challenge, long progress, boolean completed) {
    }

    public void save(String communityId, Challenge challenge) {
        db.createNativeQuery("INSERT INTO challenges (community_id, " + COLUMNS + """
                        ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                        ON CONFLICT (community_id, challenge_key) DO UPDATE
                           SET name = EXCLUDED.name, description = EXCLUDED.description,
                               goal_kind = EXCLUDED.goal_kind, subject = EXCLUDED.subject, goal = EXCLUDED.goal,
                               starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
                               reward_points = EXCLUDED.reward_points, reward_badge_key = EXCLUDED.reward_badge_key,
                               cohort_role_id = EXCLUDED.cohort_role_id, community_wide = EXCLUDED.community_wide""")
                .setParameter(1, communityId).setParameter(2, challenge.key()).setParameter(3, challenge.name())
                .setParameter(4, challenge.description()).setParameter(5, challenge.goalKind().name())
                .setParameter(6, challenge.subject()).setParameter(7, challenge.goal())
                .setParameter(8, timestamp(challenge.startsAt())).setParameter(9, timestamp(challenge.endsAt()))
                .setParameter(10, challenge.rewardPoints()).setParameter(11, challenge.rewardBadgeKey())
                .setParameter(12, challenge.cohortRoleId()).setParameter(13, challenge.communityWide())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Challenge> all(String communityId) {
        return challenges("SELECT " + COLUMNS + " FROM challenges WHERE community_id = ?1 ORDER BY starts_at, challenge_key",
                communityId);
    }

    /** Every challenge open now (that the member's cohort may join), with the member's progress. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Standing> standingsOf(String communityId, String memberId, Instant now) {
        List<Standing> standings = new ArrayList<>();
        for (Challenge challenge : all(communityId)) {
            if (!challenge.isOpenAt(now) && progressOf(communityId, challenge.key(), memberId) == null) {
                continue;
            }
            Object[] row = progressOf(communityId, challenge.key(),
                    challenge.communityWide() ? COMMUNITY_TOTAL : memberId);
            standings.add(new Standing(challenge, row == null ? 0 : number(row[0]), row != null && row[1] != null));
        }
        return standings;
    }

    /**
     * Counts {@code amount} toward every open challenge of this kind and subject the member takes part in,
     * announcing progress; returns who completed a challenge through it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Completion> advance(CommunityRules rules, EventEnvelope<?> cause, Challenge.GoalKind kind,
                                    String subject, long amount, Collection<String> roleIds, Instant at) {
        List<Completion> completions = new ArrayList<>();
        List<Challenge> counting = rules.challenges().stream()
                .filter(challenge -> challenge.goalKind() == kind && challenge.isOpenAt(at)
                        && (challenge.subject() == null || challenge.subject().equals(subject))
                        && (challenge.cohortRoleId() == null || roleIds.contains(challenge.cohortRoleId())))
                .toList();
        for (Challenge challenge : counting) {
            long mine = add(cause.communityId(), challenge, cause.memberId(), amount);
            if (mine < 0) {
                continue;
            }
            if (!challenge.communityWide()) {
                outbox.add(cause.followUp(EventSource.POINTS_SERVICE,
                        new ChallengeProgressed(challenge.key(), Math.min(mine, challenge.goal()), challenge.goal())));
                if (mine >= challenge.goal() && complete(cause.communityId(), challenge, cause.memberId())) {
                    completions.add(new Completion(challenge, cause.memberId()));
                }
                continue;
            }
            long total = add(cause.communityId(), challenge, COMMUNITY_TOTAL, amount);
            if (total >= challenge.goal() && complete(cause.communityId(), challenge, COMMUNITY_TOTAL)) {
                contributors(cause.communityId(), challenge.key())
                        .forEach(member -> completions.add(new Completion(challenge, member)));
            }
        }
        return completions;
    }

    /** Adds to an unfinished challenge's progress; -1 when it was already completed. */
    private long add(String communityId, Challenge challenge, String memberId, long amount) {
        List<?> rows = db.createNativeQuery("""
                        INSERT INTO challenge_progress (community_id, challenge_key, member_id, progress)
                        VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (community_id, challenge_key, member_id) DO UPDATE
                           SET progress = challenge_progress.progress + EXCLUDED.progress
                         WHERE challenge_progress.completed_at IS NULL
                        RETURNING progress""")
                .setParameter(1, communityId).setParameter(2, challenge.key()).setParameter(3, memberId)
                .setParameter(4, amount).getResultList();
        return rows.isEmpty() ? -1 : number(rows.get(0));
    }

    private boolean complete(String communityId, Challenge challenge, String memberId) {
        return db.createNativeQuery("""
                        UPDATE challenge_progress SET completed_at = now()
                        WHERE community_id = ?1 AND challenge_key = ?2 AND member_id = ?3 AND completed_at IS NULL""")
                .setParameter(1, communityId).setParameter(2, challenge.key()).setParameter(3, memberId)
                .executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private List<String> contributors(String communityId, String challengeKey) {
        return db.createNativeQuery("""
                        SELECT member_id FROM challenge_progress
                        WHERE community_id = ?1 AND challenge_key = ?2 AND member_id <> ?3 AND progress > 0
                        ORDER BY member_id""")
                .setParameter(1, communityId).setParameter(2, challengeKey).setParameter(3, COMMUNITY_TOTAL)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long completedBy(String communityId, String memberId) {
        return number(db.createNativeQuery("""
                        SELECT count(*) FROM challenge_progress
                        WHERE community_id = ?1 AND member_id = ?2 AND completed_at IS NOT NULL""")
                .setParameter(1, communityId).setParameter(2, memberId).getSingleResult());
    }

    private Object[] progressOf(String communityId, String challengeKey, String memberId) {
        List<?> rows = db.createNativeQuery("""
                        SELECT progress, completed_at FROM challenge_progress
                        WHERE community_id = ?1 AND challenge_key = ?2 AND member_id = ?3""")
                .setParameter(1, communityId).setParameter(2, challengeKey).setParameter(3, memberId)
                .getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private List<Challenge> challenges(String sql, Object... parameters) {
        return NativeRows.of(db, sql, parameters).stream().map(row -> new Challenge((String) row[0],
                (String) row[1], (String) row[2], Challenge.GoalKind.valueOf((String) row[3]), (String) row[4],
                number(row[5]), instant(row[6]), instant(row[7]), number(row[8]), (String) row[9],
                (String) row[10], (Boolean) row[11])).toList();
    }
}
