package dev.engagehub.kit.outbox;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;

/**
 * The only way a service emits events: the event is stored in the caller's transaction, so it is
 * published if and only if the business change commits. {@link OutboxRelay} does the publishing,
 * woken as soon as the transaction commits.
 */
@ApplicationScoped
public class Outbox {
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    Outbox(OutboxRelay relay, TransactionSynchronizationRegistry transactions) {
        this.relay = relay;
        this.transactions = transactions;
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
        record.persist();
        // Written now and never touched again: kept out of the session, so a transaction that emits thousands of
        // events (a consumer's batch) does not dirty-check them all at every later statement.
        OutboxRecord.flush();
        OutboxRecord.getEntityManager().detach(record);
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
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
