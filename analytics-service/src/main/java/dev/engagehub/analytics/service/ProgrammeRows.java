package dev.engagehub.analytics.service;

import dev.engagehub.events.ChallengeCompleted;
import dev.engagehub.events.ChallengeProgressed;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.RedemptionRequested;
import dev.engagehub.events.SubmissionCreated;
import dev.engagehub.events.SubmissionReviewed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * One row per challenge participant, redemption and submission, kept current by their events. Written so that
 * the order events arrive in does not matter: a settled redemption or reviewed submission stays settled.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProgrammeRows {
    private final EntityManager db;

    ProgrammeRows(EntityManager db) {
        this.db = db;
    }

    public void progressed(EventEnvelope<?> event, ChallengeProgressed progressed) {
        db.createNativeQuery("""
                        INSERT INTO challenge_members (community_id, challenge_id, member_id, progress, goal)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (community_id, challenge_id, member_id)
                        DO UPDATE SET progress = GREATEST(challenge_members.progress, ?4), goal = ?5""")
                .setParameter(1, event.communityId()).setParameter(2, progressed.challengeId())
                .setParameter(3, event.memberId()).setParameter(4, progressed.progress())
                .setParameter(5, progressed.goal()).executeUpdate();
    }

    public void completed(EventEnvelope<?> event, ChallengeCompleted completed) {
        db.createNativeQuery("""
                        INSERT INTO challenge_members (community_id, challenge_id, member_id, completed_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT (community_id, challenge_id, member_id)
                        DO UPDATE SET completed_at = LEAST(challenge_members.completed_at, ?4)""")
                .setParameter(1, event.communityId()).setParameter(2, completed.challengeId())
                .setParameter(3, event.memberId()).setParameter(4, event.occurredAt()).executeUpdate();
        db.createNativeQuery("""
                        INSERT INTO challenge_names (community_id, challenge_id, name) VALUES (?1, ?2, ?3)
                        ON CONFLICT (community_id, challenge_id) DO UPDATE SET name = ?3""")
                .setParameter(1, event.communityId()).setParameter(2, completed.challengeId())
                .setParameter(3, completed.name()).executeUpdate();
    }

    public void requested(EventEnvelope<?> event, RedemptionRequested requested) {
        db.createNativeQuery("""
                        INSERT INTO redemption_rows (redemption_id, community_id, member_id, reward_id, reward_name, cost,
                        status, requested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'REQUESTED', ?7)
                        ON CONFLICT (redemption_id) DO UPDATE SET reward_name = ?5, cost = ?6, requested_at = ?7""")
                .setParameter(1, requested.redemptionId()).setParameter(2, event.communityId())
                .setParameter(3, event.memberId()).setParameter(4, requested.rewardId())
                .setParameter(5, requested.rewardName()).setParameter(6, requested.cost())
                .setParameter(7, event.occurredAt()).executeUpdate();
    }

    public void fulfilled(EventEnvelope<?> event, RedemptionFulfilled fulfilled) {
        settle(event, fulfilled.redemptionId(), fulfilled.rewardId(), "FULFILLED");
    }

    public void rejected(EventEnvelope<?> event, RedemptionRejected rejected) {
        settle(event, rejected.redemptionId(), rejected.rewardId(), "REJECTED");
    }

    public void submitted(EventEnvelope<?> event, SubmissionCreated created) {
        db.createNativeQuery("""
                        INSERT INTO submission_rows (submission_id, community_id, member_id, template_key, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (submission_id) DO UPDATE SET created_at = ?5""")
                .setParameter(1, created.submissionId()).setParameter(2, event.communityId())
                .setParameter(3, event.memberId()).setParameter(4, created.templateKey())
                .setParameter(5, event.occurredAt()).executeUpdate();
    }

    public void reviewed(EventEnvelope<?> event, SubmissionReviewed reviewed) {
        db.createNativeQuery("""
                        INSERT INTO submission_rows (submission_id, community_id, member_id, template_key, reviewed_at,
                        decision, points) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (submission_id)
                        DO UPDATE SET reviewed_at = ?5, decision = ?6, points = ?7""")
                .setParameter(1, reviewed.submissionId()).setParameter(2, event.communityId())
                .setParameter(3, event.memberId()).setParameter(4, reviewed.templateKey())
                .setParameter(5, event.occurredAt()).setParameter(6, reviewed.decision().name())
                .setParameter(7, reviewed.points()).executeUpdate();
    }

    public void segments(EventEnvelope<?> event, List<String> segments) {
        for (String segment : segments) {
            db.createNativeQuery("""
                            INSERT INTO member_segments (community_id, segment, member_id) VALUES (?1, ?2, ?3)
                            ON CONFLICT DO NOTHING""")
                    .setParameter(1, event.communityId()).setParameter(2, segment).setParameter(3, event.memberId())
                    .executeUpdate();
        }
    }

    private void settle(EventEnvelope<?> event, java.util.UUID redemptionId, String rewardId, String status) {
        db.createNativeQuery("""
                        INSERT INTO redemption_rows (redemption_id, community_id, member_id, reward_id, status, settled_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (redemption_id) DO UPDATE SET status = ?5, settled_at = ?6""")
                .setParameter(1, redemptionId).setParameter(2, event.communityId()).setParameter(3, event.memberId())
                .setParameter(4, rewardId).setParameter(5, status).setParameter(6, event.occurredAt())
                .executeUpdate();
    }
}
