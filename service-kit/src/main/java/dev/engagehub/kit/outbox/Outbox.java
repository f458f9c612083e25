package dev.engagehub.kit.outbox;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.Topics;
import dev.engagehub.kit.db.ArraySql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The only way a service emits events: the event is stored in the caller's transaction, so it is
 * published if and only if the business change commits. {@link OutboxRelay} does the publishing,
 * woken as soon as the transaction commits.
 */
@ApplicationScoped
public class Outbox {
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
     * one insert instead of one each. Still in the caller's transaction.
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
        if (!records.isEmpty()) {
            insert(records);
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
        int size = records.size();
        UUID[] eventIds = new UUID[size];
        String[] topics = new String[size];
        String[] keys = new String[size];
        String[] types = new String[size];
        String[] payloads = new String[size];
        Instant[] createdAt = new Instant[size];
        for (int i = 0; i < size; i++) {
            OutboxRecord record = records.get(i);
            eventIds[i] = record.eventId;
            topics[i] = record.topic;
            keys[i] = record.recordKey;
            types[i] = record.eventType;
            payloads[i] = record.payload;
            createdAt[i] = record.createdAt;
        }
        // Ids follow the arrays' order, which is the order the relay publishes in.
        ArraySql.update(db, """
                INSERT INTO outbox (event_id, topic, record_key, event_type, payload, created_at)
                SELECT event_id, topic, record_key, event_type, payload, created_at
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[]) WITH ORDINALITY
                     AS r (event_id, topic, record_key, event_type, payload, created_at, position)
                ORDER BY position""", eventIds, topics, keys, types, payloads, createdAt);
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
