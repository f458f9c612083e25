package dev.engagehub.points.service;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.LevelReached;
import dev.engagehub.events.PointsAwarded;
import dev.engagehub.kit.inbox.Inbox;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.points.domain.EntryKind;
import dev.engagehub.points.domain.LedgerEntry;
import dev.engagehub.points.domain.LevelCurve;
import dev.engagehub.points.domain.MemberPoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Turns activities into ledger entries, exactly once per event, and announces them. */
@ApplicationScoped
@Transactional
public class LedgerService {
    static final String CONSUMER = "points-ledger";
    static final String SOURCE = "points-service";

    private final Inbox inbox;
    private final Outbox outbox;
    private final EntityManager entityManager;

    LedgerService(Inbox inbox, Outbox outbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** Records what the activity earned; empty when it earned nothing or was seen before. */
    public Optional<Award> record(EventEnvelope<ActivityRecorded> activity) {
        if (activity.memberId() == null || !inbox.firstDelivery(CONSUMER, activity.eventId())) {
            return Optional.empty();
        }
        long points = ActivityPoints.of(activity.payload());
        if (points == 0) {
            return Optional.empty();
        }
        append(activity, points);
        MemberPoints after = addToBalance(activity.communityId(), activity.memberId(), points);
        outbox.add(activity.followUp(SOURCE, new PointsAwarded(points, after.balance(), after.lifetimeXp(),
                activity.payload().action(), activity.eventId(), null)));
        announceLevelsCrossed(activity, after.lifetimeXp() - points, after.lifetimeXp());
        return Optional.of(new Award(activity.communityId(), activity.memberId(), points, activity.occurredAt()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberPoints pointsOf(String communityId, String memberId) {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "SELECT balance, lifetime_xp FROM member_points WHERE community_id = ?1 AND member_id = ?2")
                .setParameter(1, communityId).setParameter(2, memberId)
                .getResultStream().findFirst().orElse(new Object[] {0L, 0L});
        return MemberPoints.of(communityId, memberId, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** One LevelReached per level crossed, so a big award that skips levels still announces each. */
    private void announceLevelsCrossed(EventEnvelope<?> cause, long xpBefore, long xpAfter) {
        LevelCurve curve = LevelCurve.DEFAULT;
        for (int level = curve.levelFor(xpBefore) + 1; level <= curve.levelFor(xpAfter); level++) {
            outbox.add(cause.followUp(SOURCE, new LevelReached(level, xpAfter, null)));
        }
    }

    private void append(EventEnvelope<ActivityRecorded> activity, long points) {
        LedgerEntry entry = new LedgerEntry();
        entry.communityId = activity.communityId();
        entry.memberId = activity.memberId();
        entry.kind = EntryKind.AWARD;
        entry.points = points;
        entry.action = activity.payload().action();
        entry.sourceEventId = activity.eventId();
        entry.occurredAt = activity.occurredAt();
        entry.recordedAt = Instant.now();
        entry.persist();
    }

    private MemberPoints addToBalance(String communityId, String memberId, long points) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        INSERT INTO member_points (community_id, member_id, balance, lifetime_xp)
                        VALUES (?1, ?2, ?3, ?3)
                        ON CONFLICT (community_id, member_id) DO UPDATE
                           SET balance = member_points.balance + EXCLUDED.balance,
                               lifetime_xp = member_points.lifetime_xp + EXCLUDED.lifetime_xp,
                               updated_at = now()
                        RETURNING balance, lifetime_xp""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, points)
                .getSingleResult();
        return MemberPoints.of(communityId, memberId, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
