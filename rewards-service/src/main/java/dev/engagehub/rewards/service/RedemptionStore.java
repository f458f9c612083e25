package dev.engagehub.rewards.service;

import static dev.engagehub.kit.db.SqlValues.instant;
import static dev.engagehub.kit.db.SqlValues.number;
import static dev.engagehub.kit.db.SqlValues.timestamp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engagehub.events.EventIds;
import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.kit.metrics.CommittedCounters;
import dev.engagehub.rewards.domain.Redemption;
import dev.engagehub.rewards.domain.Redemption.Status;
import dev.engagehub.rewards.domain.ShippingDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The redemptions table. Every status change is conditional on the status before it, so of two racing
 * steps (a late reply and a timeout, two admins) exactly one wins and the other changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RedemptionStore {
    private static final String COLUMNS = """
            id, community_id, member_id, reward_key, cost, status, reason, code, shipping::text, shipping_status,
            reviewed_by, created_at, updated_at""";

    /** Redemptions reaching each status: the dashboard's "redemptions". */
    static final String STEPS_METRIC = "engagehub.redemptions";

    private final EntityManager db;
    private final ObjectMapper json;
    private final CommittedCounters counters;

    RedemptionStore(EntityManager db, ObjectMapper json, CommittedCounters counters) {
        this.db = db;
        this.json = json;
        this.counters = counters;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Redemption insert(String communityId, String memberId, String rewardKey, long cost, String idempotencyKey,
                             ShippingDetails shipping) {
        UUID id = EventIds.next();
        db.createNativeQuery("""
                        INSERT INTO redemptions (id, community_id, member_id, reward_key, cost, status, idempotency_key,
                                                 shipping)
                        VALUES (?1, ?2, ?3, ?4, ?5, 'REQUESTED', ?6, CAST(?7 AS jsonb))""")
                .setParameter(1, id).setParameter(2, communityId).setParameter(3, memberId)
                .setParameter(4, rewardKey).setParameter(5, cost).setParameter(6, idempotencyKey)
                .setParameter(7, shipping == null ? null : write(shipping))
                .executeUpdate();
        counters.add(STEPS_METRIC, "status", Status.REQUESTED.name(), 1);
        return find(communityId, id).orElseThrow();
    }

    /** Moves {@code from} → {@code to}; false (and nothing changed) when it is no longer in {@code from}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean move(UUID id, Status from, Status to, String reason, String reviewedBy) {
        boolean moved = db.createNativeQuery("""
                        UPDATE redemptions SET status = ?3, reason = coalesce(?4, reason),
                               reviewed_by = coalesce(?5, reviewed_by), updated_at = now()
                        WHERE id = ?1 AND status = ?2""")
                .setParameter(1, id).setParameter(2, from.name()).setParameter(3, to.name()).setParameter(4, reason)
                .setParameter(5, reviewedBy).executeUpdate() == 1;
        if (moved) {
            counters.add(STEPS_METRIC, "status", to.name(), 1);
        }
        return moved;
    }

    /** Records what the member got; called in the transaction that moved it to FULFILLED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDelivery(UUID id, String code, String shippingStatus) {
        db.createNativeQuery("UPDATE redemptions SET code = ?2, shipping_status = ?3 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, code).setParameter(3, shippingStatus).executeUpdate();
    }

    public Optional<Redemption> find(String communityId, UUID id) {
        return query("SELECT " + COLUMNS + " FROM redemptions WHERE community_id = ?1 AND id = ?2", communityId, id)
                .stream().findFirst();
    }

    public Optional<Redemption> byIdempotencyKey(String communityId, String memberId, String key) {
        return query("SELECT " + COLUMNS + " FROM redemptions WHERE community_id = ?1 AND member_id = ?2"
                + " AND idempotency_key = ?3", communityId, memberId, key).stream().findFirst();
    }

    public List<Redemption> ofMember(String communityId, String memberId) {
        return query("SELECT " + COLUMNS + " FROM redemptions WHERE community_id = ?1 AND member_id = ?2"
                + " ORDER BY created_at DESC, id DESC LIMIT 200", communityId, memberId);
    }

    /** A community's redemptions in the given states, oldest first (the approval queue). */
    public List<Redemption> inStatus(String communityId, Collection<Status> statuses, int limit) {
        String in = statuses.stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));
        return query("SELECT " + COLUMNS + " FROM redemptions WHERE community_id = ?1 AND status IN (" + in + ")"
                + " ORDER BY created_at, id LIMIT ?2", communityId, limit);
    }

    /** Redemptions of any community stuck in {@code status} since before {@code before}. */
    public List<Redemption> stuck(Status status, Instant before, int limit) {
        return query("SELECT " + COLUMNS + " FROM redemptions WHERE status = ?1 AND updated_at < ?2"
                + " ORDER BY updated_at LIMIT ?3", status.name(), timestamp(before), limit);
    }

    /** Redemptions that still hold a unit (all but the rejected ones), for the per-member limit. */
    public long heldBy(String communityId, String memberId, String rewardKey) {
        return number(db.createNativeQuery("""
                        SELECT count(*) FROM redemptions WHERE community_id = ?1 AND member_id = ?2 AND reward_key = ?3
                          AND status <> 'REJECTED'""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, rewardKey).getSingleResult());
    }

    private List<Redemption> query(String sql, Object... parameters) {
        return NativeRows.of(db, sql, parameters).stream().map(row -> new Redemption((UUID) row[0],
                (String) row[1], (String) row[2], (String) row[3], number(row[4]), Status.valueOf((String) row[5]),
                (String) row[6], (String) row[7], read((String) row[8]), (String) row[9], (String) row[10],
                instant(row[11]), instant(row[12]))).toList();
    }

    private String write(ShippingDetails shipping) {
        try {
            return json.writeValueAsString(shipping);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ShippingDetails read(String shipping) {
        try {
            return shipping == null ? null : json.readValue(shipping, ShippingDetails.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
