package dev.engagehub.kit.inbox;

import dev.engagehub.kit.db.ArraySql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The idempotent-consumer guard: remembers which event ids a consumer has applied, in the same
 * transaction as the consumer's own change, so a redelivered event is recognised and skipped.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Does {@code work} for the first delivery of an event only, in a new transaction that also records it: if the
     * work fails the mark is rolled back and a redelivery tries again. For side effects outside the database
     * (Discord, email): a crash between the work and the commit can repeat it, never skip it.
     */
    public void once(String consumer, UUID eventId, Runnable work) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (firstDelivery(consumer, eventId)) {
                work.run();
            }
        });
    }

    /** The ids among {@code eventIds} that {@code consumer} sees for the first time, marked in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        Set<UUID> fresh = new HashSet<>();
        for (Object[] row : ArraySql.rows(entityManager, """
                INSERT INTO processed_events (consumer, event_id)
                SELECT DISTINCT ?, id FROM unnest(?::uuid[]) AS id
                ON CONFLICT DO NOTHING RETURNING event_id""", consumer, eventIds.toArray())) {
            fresh.add((UUID) row[0]);
        }
        return fresh;
    }

    /** True the first time {@code consumer} sees {@code eventId}; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return entityManager.createNativeQuery(
                        "INSERT INTO processed_events (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }
}
