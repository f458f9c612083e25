package dev.engagehub.gateway.webhook;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Activity from outside (partner webhooks, the API) into {@code engagehub.activity}: recorded as a delivery and
 * added to the outbox in one transaction, so a delivery replayed any number of times becomes one event. Each
 * accepted delivery is in the community's audit trail under its sender.
 */
@ApplicationScoped
@Transactional
public class ActivityIntake {
    /** What happened to a delivery: published now, or a replay of one published before. */
    public record Outcome(UUID eventId, boolean duplicate) {
    }

    private final Outbox outbox;
    private final EntityManager db;
    private final AuditLog audit;

    ActivityIntake(Outbox outbox, EntityManager db, AuditLog audit) {
        this.outbox = outbox;
        this.db = db;
        this.audit = audit;
    }

    /**
     * @param source     who sent it ({@code partner:<id>} or {@code api:<subject>}); delivery ids are theirs
     * @param deliveryId the sender's id for this delivery
     */
    public Outcome accept(String source, String deliveryId, String communityId, String memberId,
                          ActivityRecorded activity, Instant occurredAt) {
        EventEnvelope<ActivityRecorded> event = EventEnvelope.of(communityId, memberId, source, activity)
                .occurringAt(occurredAt);
        int inserted = db.createNativeQuery("""
                        INSERT INTO deliveries (source, delivery_id, event_id) VALUES (?1, ?2, ?3)
                        ON CONFLICT (source, delivery_id) DO NOTHING""")
                .setParameter(1, source).setParameter(2, deliveryId).setParameter(3, event.eventId()).executeUpdate();
        if (inserted == 0) {
            List<?> first = db.createNativeQuery(
                            "SELECT event_id FROM deliveries WHERE source = ?1 AND delivery_id = ?2", UUID.class)
                    .setParameter(1, source).setParameter(2, deliveryId).getResultList();
            return new Outcome((UUID) first.get(0), true);
        }
        outbox.add(event);
        audit.record(communityId, source, "activity.reported", memberId, activity.action() + " x"
                + activity.quantity() + " (delivery " + deliveryId + ")");
        return new Outcome(event.eventId(), false);
    }
}
