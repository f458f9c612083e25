package dev.engagehub.kit.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Parks a record that can never apply in its topic's dead-letter topic ({@code <topic>.dlq}), with the same
 * headers SmallRye's dead-letter strategy writes, for consumers that take whole batches (where that strategy
 * would park the whole batch). Waits for the broker's acknowledgement, so the offset is committed only
 * after the record is safe.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final RecordPublisher publisher;

    DeadLetters(RecordPublisher publisher) {
        this.publisher = publisher;
    }

    public void park(ConsumerRecord<String, String> record, Throwable reason) {
        String topic = record.topic() + ".dlq";
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        header(headers, "dead-letter-reason", String.valueOf(reason.getMessage()));
        header(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        if (reason.getCause() != null) {
            header(headers, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
        }
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", String.valueOf(record.partition()));
        header(headers, "dead-letter-offset", String.valueOf(record.offset()));
        try {
            publisher.publish(topic, record.key(), headers, record.value())
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a record", e);
        } catch (ExecutionException | TimeoutException e) {
            // The batch is applied again, and the record parked again, once the broker takes it.
            throw new IllegalStateException("could not park a record in " + topic, e);
        }
        LOG.warnf("Parked %s-%d@%d in %s: %s", record.topic(), record.partition(), record.offset(), topic,
                reason.getMessage());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
