package dev.engagehub.rewards.service;

import dev.engagehub.kit.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Stock, reserved one unit at a time in a single conditional UPDATE: the row lock makes concurrent
 * reservations queue, and the condition means the last unit is promised once, never twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Inventory {
    private final EntityManager db;

    Inventory(EntityManager db) {
        this.db = db;
    }

    /** Reserves one unit; false when none is left. Unlimited rewards always have one. */
    public boolean reserve(String communityId, String rewardKey) {
        return db.createNativeQuery("""
                        UPDATE rewards SET reserved = reserved + 1
                        WHERE community_id = ?1 AND reward_key = ?2 AND (stock IS NULL OR reserved < stock)""")
                .setParameter(1, communityId).setParameter(2, rewardKey).executeUpdate() == 1;
    }

    /** Gives a reserved unit back (a rejected or timed-out redemption). */
    public void release(String communityId, String rewardKey) {
        db.createNativeQuery("""
                        UPDATE rewards SET reserved = reserved - 1
                        WHERE community_id = ?1 AND reward_key = ?2 AND reserved > 0""")
                .setParameter(1, communityId).setParameter(2, rewardKey).executeUpdate();
    }

    /** Units still free to reserve, or null for unlimited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Long available(String communityId, String rewardKey) {
        List<?> rows = db.createNativeQuery("""
                        SELECT stock - reserved FROM rewards WHERE community_id = ?1 AND reward_key = ?2""")
                .setParameter(1, communityId).setParameter(2, rewardKey).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : SqlValues.number(rows.get(0));
    }
}
