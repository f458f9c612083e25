package dev.engagehub.rewards.service;

import static dev.engagehub.kit.db.SqlValues.instant;
import static dev.engagehub.kit.db.SqlValues.number;

import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.EventIds;
import dev.engagehub.events.PointsDebitRejected;
import dev.engagehub.events.PointsDebited;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.RedemptionRequested;
import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.kit.db.TransactionLocks;
import dev.engagehub.kit.inbox.Inbox;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.Redemption;
import dev.engagehub.rewards.domain.Reward;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * rewards-service's side of the redemption saga (ARCHITECTURE.md): reserve a unit and ask for the debit,
 * then act on points-service's reply. Each step changes state only from the state before it.
 */
@ApplicationScoped
@Transactional
public class Redemptions {
    static final String SOURCE = "rewards-service";
    static final String CONSUMER = "rewards-saga";
    private static final String COLUMNS = "id, member_id, reward_key, cost, status, reason, created_at, updated_at";

    private final EntityManager db;
    private final Catalog catalog;
    private final Inventory inventory;
    private final Outbox outbox;
    private final Inbox inbox;

    Redemptions(EntityManager db, Catalog catalog, Inventory inventory, Outbox outbox, Inbox inbox) {
        this.db = db;
        this.catalog = catalog;
        this.inventory = inventory;
        this.outbox = outbox;
        this.inbox = inbox;
    }

    /** Step 1; a repeated request with the same idempotency key returns the first redemption unchanged. */
    public Redemption request(String communityId, String memberId, String rewardKey, String idempotencyKey) {
        Optional<Redemption> replay = byIdempotencyKey(communityId, memberId, idempotencyKey);
        if (replay.isPresent()) {
            return replay.get();
        }
        serialise(communityId, memberId, rewardKey);
        Reward reward = catalog.find(communityId, rewardKey).filter(Reward::visible)
                .orElseThrow(() -> ProblemException.notFound("Reward", rewardKey));
        if (!reward.isAvailableAt(Instant.now())) {
            throw new ProblemException(409, "not-available", "Not available",
                    "'" + reward.name() + "' cannot be redeemed at this time");
        }
        if (reward.perMemberLimit() != null
                && liveRedemptions(communityId, memberId, rewardKey) >= reward.perMemberLimit()) {
            throw new ProblemException(409, "over-member-limit", "Limit reached",
                    "'" + reward.name() + "' can be redeemed " + reward.perMemberLimit() + " time(s) per member");
        }
        if (!inventory.reserve(communityId, rewardKey)) {
            throw new ProblemException(409, "out-of-stock", "Out of stock", "'" + reward.name() + "' is out of stock");
        }
        UUID id = EventIds.next();
        db.createNativeQuery("""
                        INSERT INTO redemptions (id, community_id, member_id, reward_key, cost, status, idempotency_key)
                        VALUES (?1, ?2, ?3, ?4, ?5, 'REQUESTED', ?6)""")
                .setParameter(1, id).setParameter(2, communityId).setParameter(3, memberId)
                .setParameter(4, rewardKey).setParameter(5, reward.cost()).setParameter(6, idempotencyKey)
                .executeUpdate();
        outbox.add(EventEnvelope.of(communityId, memberId, SOURCE,
                new RedemptionRequested(id, rewardKey, reward.name(), reward.kind(), reward.cost())));
        return find(communityId, id).orElseThrow();
    }

    /** Step 2's yes: the points are taken. Fulfilment (codes, perks, approvals) follows from DEBITED. */
    public void onDebited(EventEnvelope<PointsDebited> debited) {
        if (inbox.firstDelivery(CONSUMER, debited.eventId())) {
            move(debited.payload().redemptionId(), Redemption.Status.REQUESTED, Redemption.Status.DEBITED, null);
        }
    }

    /** Step 2's no: release the unit and end the redemption; nothing was debited, so nothing is refunded. */
    public void onDebitRejected(EventEnvelope<PointsDebitRejected> rejected) {
        if (!inbox.firstDelivery(CONSUMER, rejected.eventId())) {
            return;
        }
        UUID id = rejected.payload().redemptionId();
        String reason = "points: " + rejected.payload().reason();
        Optional<Redemption> redemption = find(rejected.communityId(), id);
        if (redemption.isEmpty() || !move(id, Redemption.Status.REQUESTED, Redemption.Status.REJECTED, reason)) {
            return;
        }
        inventory.release(rejected.communityId(), redemption.get().rewardKey());
        outbox.add(rejected.followUp(SOURCE, new RedemptionRejected(id, redemption.get().rewardKey(),
                redemption.get().cost(), reason, false)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Redemption> find(String communityId, UUID id) {
        return query("SELECT " + COLUMNS + " FROM redemptions WHERE community_id = ?1 AND id = ?2", communityId, id)
                .stream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Redemption> ofMember(String communityId, String memberId) {
        return query("SELECT " + COLUMNS + " FROM redemptions WHERE community_id = ?1 AND member_id = ?2"
                + " ORDER BY created_at DESC", communityId, memberId);
    }

    /** One member's concurrent requests for one reward queue here, so the per-member limit holds under races. */
    private void serialise(String communityId, String memberId, String rewardKey) {
        TransactionLocks.hold(db, "redeem:" + communityId + ":" + memberId + ":" + rewardKey);
    }

    private boolean move(UUID id, Redemption.Status from, Redemption.Status to, String reason) {
        return db.createNativeQuery("""
                        UPDATE redemptions SET status = ?3, reason = ?4, updated_at = now()
                        WHERE id = ?1 AND status = ?2""")
                .setParameter(1, id).setParameter(2, from.name()).setParameter(3, to.name()).setParameter(4, reason)
                .executeUpdate() == 1;
    }

    private Optional<Redemption> byIdempotencyKey(String communityId, String memberId, String key) {
        return query("SELECT " + COLUMNS + " FROM redemptions WHERE community_id = ?1 AND member_id = ?2"
                + " AND idempotency_key = ?3", communityId, memberId, key).stream().findFirst();
    }

    private long liveRedemptions(String communityId, String memberId, String rewardKey) {
        return number(db.createNativeQuery("""
                        SELECT count(*) FROM redemptions WHERE community_id = ?1 AND member_id = ?2 AND reward_key = ?3
                          AND status <> 'REJECTED'""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, rewardKey).getSingleResult());
    }

    private List<Redemption> query(String sql, Object... parameters) {
        return NativeRows.of(db, sql, parameters).stream().map(row -> new Redemption((UUID) row[0],
                (String) row[1], (String) row[2], number(row[3]), Redemption.Status.valueOf((String) row[4]),
                (String) row[5], instant(row[6]), instant(row[7]))).toList();
    }
}
