package dev.engagehub.kit.outbox;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.Topics;
import dev.engagehub.kit.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The only way a service emits events: the event is stored in the caller's transaction, so it is
 * published if and only if the business change commits. {@link OutboxRelay} does the publishing,
 * woken as soon as the transaction commits.
 */
@ApplicationScoped
public class Outbox {
    private static final int WRITE_CHUNK = 1000;

    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxBuffer buffer;
    private final EntityManager db;

    Outbox(OutboxRelay relay, TransactionSynchronizationRegistry transactions, OutboxBuffer buffer, EntityManager db) {
        this.relay = relay;
        this.transactions = transactions;
        this.buffer = buffer;
        this.db = db;
    }

    /**
     * Runs a batch consumer's work holding back the events it adds, then stores them, in the order added, with
     * a few multi-row inserts instead of one insert each. Still in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void batched(Runnable work) {
        buffer.open();
        List<OutboxRecord> records;
        try {
            work.run();
        } finally {
            records = buffer.close();
        }
        for (int from = 0; from < records.size(); from += WRITE_CHUNK) {
            insert(records.subList(from, Math.min(records.size(), from + WRITE_CHUNK)));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(EventEnvelope<?> event) {
        OutboxRecord record = new OutboxRecord();
        record.eventId = event.eventId();
        record.topic = Topics.of(event.eventType()).name();
        record.recordKey = event.key();
        record.eventType = event.type();
        record.payload = EventCodec.encode(event);
        record.createdAt = Instant.now();
        if (buffer.isOpen()) {
            buffer.add(record);
        } else {
            record.persist();
            // Written now and never touched again: kept out of the session, so a transaction that emits many
            // events does not dirty-check them all at every later statement.
            db.flush();
            db.detach(record);
        }
        if (transactions.getResource(WakeRelayOnCommit.class) == null) {
            transactions.putResource(WakeRelayOnCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        }
    }

    private void insert(List<OutboxRecord> records) {
        // Ids follow the VALUES order, which is the order the relay publishes in.
        Query insert = db.createNativeQuery("INSERT INTO outbox (event_id, topic, record_key, event_type, payload, "
                + "created_at) VALUES " + SqlValues.placeholders(records.size(), 6));
        for (int i = 0; i < records.size(); i++) {
            OutboxRecord record = records.get(i);
            int at = i * 6;
            insert.setParameter(at + 1, record.eventId).setParameter(at + 2, record.topic)
                    .setParameter(at + 3, record.recordKey).setParameter(at + 4, record.eventType)
                    .setParameter(at + 5, record.payload).setParameter(at + 6, Timestamp.from(record.createdAt));
        }
        insert.executeUpdate();
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
            // Nothing to do until the rows are committed.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
