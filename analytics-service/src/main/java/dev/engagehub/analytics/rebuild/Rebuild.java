package dev.engagehub.analytics.rebuild;

import dev.engagehub.analytics.service.Aggregates;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.events.Topic;
import dev.engagehub.events.Topics;
import dev.engagehub.kit.rest.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Recomputes every aggregate from a replay of the topics. The tables and the consumer's processed-event marks
 * are emptied in one transaction (TRUNCATE waits for the live consumer's open transaction); the topics are then
 * read from the beginning up to where they ended at that moment. The live consumer keeps running: whichever of
 * the two applies an event first records it, so each event counts once.
 */
@ApplicationScoped
public class Rebuild {
    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    private static final List<Topic> SOURCES = Topics.all();

    public record Result(long events, long skipped, long millis) {
    }

    private final Aggregates aggregates;
    private final EntityManager db;
    private final String bootstrap;
    private final ReentrantLock running = new ReentrantLock();

    Rebuild(Aggregates aggregates, EntityManager db,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.aggregates = aggregates;
        this.db = db;
        this.bootstrap = bootstrap;
    }

    public Result run() {
        if (!running.tryLock()) {
            throw new ProblemException(409, "rebuild-running", "Rebuild already running",
                    "Another rebuild is replaying the topics; wait for it to finish.");
        }
        try {
            Instant started = Instant.now();
            QuarkusTransaction.requiringNew().run(() -> {
                db.createNativeQuery("TRUNCATE member_hours, action_hours, points_hours, member_milestones, "
                        + "ledger_rows, challenge_members, challenge_names, redemption_rows, submission_rows, "
                        + "member_segments, notification_hours").executeUpdate();
                db.createNativeQuery("DELETE FROM processed_events WHERE consumer = ?1")
                        .setParameter(1, Aggregates.CONSUMER).executeUpdate();
            });
            long[] counts = replay();
            Result result = new Result(counts[0], counts[1], Duration.between(started, Instant.now()).toMillis());
            LOG.infof("analytics rebuilt from %d events (%d unreadable skipped) in %d ms", result.events(),
                    result.skipped(), result.millis());
            return result;
        } finally {
            running.unlock();
        }
    }

    private long[] replay() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        long events = 0;
        long skipped = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            SOURCES.forEach(topic -> consumer.partitionsFor(topic.name()).forEach(info ->
                    partitions.add(new TopicPartition(info.topic(), info.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    try {
                        aggregates.apply(EventCodec.decode(record.value()));
                        events++;
                    } catch (MalformedEventException e) {
                        skipped++;
                    }
                }
            }
        }
        return new long[] {events, skipped};
    }
}
