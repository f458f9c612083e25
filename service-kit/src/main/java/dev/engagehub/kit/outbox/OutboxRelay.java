package dev.engagehub.kit.outbox;

import dev.engagehub.events.EventHeaders;
import dev.engagehub.kit.db.ArraySql;
import dev.engagehub.kit.messaging.RecordPublisher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows in id order and deletes them once the broker acknowledged every one.
 * It wakes as soon as a transaction with new rows commits, and polls as a fallback (rows left by a crash).
 * A crash before the delete republishes the batch: consumers are idempotent on the event id.
 * A PostgreSQL advisory lock keeps one relay per database at a time, which keeps per-key order
 * even with several replicas of a service.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x0E46_A6E0_0B0EL;

    private final EntityManager entityManager;
    private final RecordPublisher publisher;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration sendTimeout;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService worker;

    OutboxRelay(EntityManager entityManager,
                RecordPublisher publisher,
                @ConfigProperty(name = "engagehub.outbox.batch-size", defaultValue = "1000") int batchSize,
                @ConfigProperty(name = "engagehub.outbox.poll-interval", defaultValue = "PT1S") Duration pollInterval,
                @ConfigProperty(name = "engagehub.outbox.send-timeout", defaultValue = "PT30S") Duration sendTimeout) {
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.sendTimeout = sendTimeout;
    }

    private static final long MAX_PAUSE_MILLIS = 30_000;

    /** Starts after the messaging channels are wired (they start at LIBRARY_BEFORE). */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        running = true;
        worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "outbox-relay"));
        worker.submit(this::loop);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp();
        if (worker != null) {
            worker.shutdown();
            worker.awaitTermination(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Called when a transaction that added rows has committed. */
    void wakeUp() {
        wakeUps.release();
    }

    private void loop() {
        long pause = pollInterval.toMillis();
        while (running) {
            try {
                wakeUps.tryAcquire(pause, TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                while (running && publishBatch() == batchSize) {
                    // A full batch means more are waiting.
                }
                pause = pollInterval.toMillis();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Back off while the broker keeps refusing: the rows wait safely, and the log stays readable.
                pause = Math.min(Math.max(pause * 2, pollInterval.toMillis()), MAX_PAUSE_MILLIS);
                LOG.warnf("Outbox relay paused, retrying in %d ms: %s", pause, e.getMessage());
            }
        }
    }

    /** Publishes up to one batch and returns how many rows it published. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean mine = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!mine) {
                return 0;
            }
            // Read as plain rows, not entities: nothing for the session to track or dirty-check at commit.
            List<Unpublished> batch = ArraySql.rows(entityManager, """
                            SELECT id, event_id, topic, record_key, event_type, payload FROM outbox
                            ORDER BY id LIMIT ?""", batchSize).stream()
                    .map(row -> new Unpublished((Long) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                            (String) row[4], (String) row[5]))
                    .toList();
            if (batch.isEmpty()) {
                return 0;
            }
            // Sent with the transaction suspended, so the broker's ack callbacks on other threads never join it.
            QuarkusTransaction.suspendingExisting().call(() ->
                    CompletableFuture.allOf(batch.stream().map(this::send).toArray(CompletableFuture[]::new))
                            .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS));
            ArraySql.update(entityManager, "DELETE FROM outbox WHERE id = ANY(?)",
                    batch.stream().mapToLong(Unpublished::id).toArray());
            return batch.size();
        });
    }

    private CompletableFuture<Void> send(Unpublished record) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventHeaders.EVENT_ID, record.eventId().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(EventHeaders.EVENT_TYPE, record.eventType().getBytes(StandardCharsets.UTF_8));
        return publisher.publish(record.topic(), record.recordKey(), headers, record.payload());
    }

    private record Unpublished(long id, UUID eventId, String topic, String recordKey, String eventType,
                               String payload) {
    }
}
