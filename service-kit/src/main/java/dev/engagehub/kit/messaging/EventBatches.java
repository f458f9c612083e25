package dev.engagehub.kit.messaging;

import dev.engagehub.events.MalformedEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Applies a whole poll of records in one transaction: one commit (and one outbox wake-up) per batch instead
 * of one per event, which is what lets a consumer keep up with a busy community. Each record's work must be
 * idempotent on its event id (the inbox), because a failed batch is applied again.
 * <p>
 * If a record can never apply (unreadable, or refused by the domain), the batch is rolled back and applied one
 * record per transaction, the bad ones parked in the dead-letter topic with the reason, so one poison record
 * neither blocks nor drags down its neighbours. Any other failure propagates, for the consumer's retry policy
 * to apply the batch again in place.
 */
@ApplicationScoped
public class EventBatches {
    private final DeadLetters deadLetters;

    EventBatches(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public void applyInOneTransaction(String channel, ConsumerRecords<String, String> records,
                                      Consumer<String> work) {
        if (records.isEmpty()) {
            return;
        }
        ConsumerFailures.logged(channel, () -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> records.forEach(record -> work.accept(record.value())));
            } catch (MalformedEventException | UnprocessableEventException unusable) {
                records.forEach(record -> applyAlone(record, work));
            }
        });
    }

    private void applyAlone(ConsumerRecord<String, String> record, Consumer<String> work) {
        try {
            QuarkusTransaction.requiringNew().run(() -> work.accept(record.value()));
        } catch (MalformedEventException | UnprocessableEventException unusable) {
            deadLetters.park(record, unusable);
        }
    }
}
