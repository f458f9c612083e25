package dev.engagehub.kit.db;

import jakarta.persistence.EntityManager;

/** Named PostgreSQL advisory locks held until the current transaction ends: a queue for one key's writers. */
public final class TransactionLocks {
    private TransactionLocks() {
    }

    /** Waits for, then holds until commit or rollback, the lock named {@code key}. */
    public static void hold(EntityManager db, String key) {
        db.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))").setParameter(1, key)
                .getSingleResult();
    }
}
