package dev.engagehub.kit.messaging;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.EventHeaders;
import dev.engagehub.events.EventType;
import dev.engagehub.events.MalformedEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;

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
    private final EntityManager db;

    EventBatches(DeadLetters deadLetters, EntityManager db) {
        this.deadLetters = deadLetters;
        this.db = db;
    }

    /** Applies each record's value in turn, all in one transaction. */
    public void applyInOneTransaction(String channel, ConsumerRecords<String, String> records,
                                      Consumer<String> work) {
        applyInOneTransaction(channel, records, value -> value, values -> values.forEach(value -> {
            work.accept(value);
            // Written and forgotten per record: otherwise every statement of the batch would dirty-check all
            // the entities the batch loaded or persisted so far.
            db.flush();
            db.clear();
        }));
    }

    /**
     * Decodes every record, then hands the whole batch to {@code work} in one transaction, for consumers that
     * read and write a batch's state in a few statements.
     */
    public <T> void applyInOneTransaction(String channel, ConsumerRecords<String, String> records,
                                          Function<String, T> decode, Consumer<List<T>> work) {
        if (records.isEmpty()) {
            return;
        }
        ConsumerFailures.logged(channel, () -> {
            try {
                List<T> batch = new ArrayList<>(records.count());
                records.forEach(record -> batch.add(decode.apply(record.value())));
                QuarkusTransaction.requiringNew().run(() -> work.accept(batch));
            } catch (MalformedEventException | UnprocessableEventException unusable) {
                records.forEach(record -> applyAlone(record, () -> work.accept(List.of(decode.apply(record.value())))));
            }
        });
    }

    /**
     * For consumers that act on a few event types of a busy topic: the type header picks the records worth
     * reading, and each of those is handed on its own to {@code handler}, which keeps its own transaction and
     * side effects; the rest are skipped unread. Unreadable or inapplicable records are parked; any other
     * failure propagates, for the retry policy to apply the batch again (handlers are idempotent on the id).
     */
    public void forEachOfType(String channel, ConsumerRecords<String, String> records, Set<EventType> types,
                              Consumer<EventEnvelope<?>> handler) {
        Set<String> wanted = types.stream().map(EventType::wireName).collect(Collectors.toSet());
        ConsumerFailures.logged(channel, () -> records.forEach(record -> {
            Header type = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
            if (type != null && !wanted.contains(new String(type.value(), StandardCharsets.UTF_8))) {
                return;
            }
            try {
                EventEnvelope<?> event = EventCodec.decode(record.value());
                if (types.contains(event.eventType())) {
                    handler.accept(event);
                }
            } catch (MalformedEventException | UnprocessableEventException unusable) {
                deadLetters.park(record, unusable);
            }
        }));
    }

    private void applyAlone(ConsumerRecord<String, String> record, Runnable work) {
        try {
            QuarkusTransaction.requiringNew().run(work);
        } catch (MalformedEventException | UnprocessableEventException unusable) {
            deadLetters.park(record, unusable);
        }
    }
}
