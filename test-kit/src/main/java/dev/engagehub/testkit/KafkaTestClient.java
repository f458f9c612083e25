package dev.engagehub.testkit;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.EventHeaders;
import dev.engagehub.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Publishes events to, and reads records from, the test broker the way a real peer service would. */
public final class KafkaTestClient implements AutoCloseable {
    private final String bootstrap;
    private final KafkaProducer<String, String> producer;

    public KafkaTestClient(String bootstrap) {
        this.bootstrap = bootstrap;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** A client for the broker the running Quarkus test application uses. */
    public static KafkaTestClient forQuarkusTest() {
        return new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    /** Publishes an event to its catalog topic, keyed and with headers as the outbox relay does. */
    public void publish(EventEnvelope<?> event) {
        send(record(event));
    }

    private static ProducerRecord<String, String> record(EventEnvelope<?> event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.of(event.eventType()).name(),
                event.key(), EventCodec.encode(event));
        record.headers().add(EventHeaders.EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, event.type().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /**
     * Publishes many events in order without waiting for each acknowledgement, then waits for all; what the broker
     * did not take (it was restarting, say) is sent again, as a producer that must lose nothing does.
     */
    public void publishAll(List<? extends EventEnvelope<?>> events) {
        List<ProducerRecord<String, String>> pending = events.stream().map(KafkaTestClient::record).toList();
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<Future<RecordMetadata>> sent = pending.stream().map(producer::send).toList();
            producer.flush();
            List<ProducerRecord<String, String>> failed = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                try {
                    sent.get(i).get();
                } catch (ExecutionException e) {
                    failed.add(pending.get(i));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            if (!failed.isEmpty() && attempt == 10) {
                throw new IllegalStateException(failed.size() + " records not published after " + attempt
                        + " attempts");
            }
            if (!failed.isEmpty()) {
                System.err.printf("KafkaTestClient: the broker did not take %d records; sending them again%n",
                        failed.size());
            }
            pending = failed;
        }
    }

    /** Publishes any value, readable or not, as a hostile or buggy producer might. */
    public void publishRaw(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }

    /** Reads {@code topic} from the beginning until a record matches, or fails after {@code timeout}. */
    public ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                      Duration timeout) {
        List<ConsumerRecord<String, String>> found = awaitRecords(topic, match, 1, timeout);
        return found.get(0);
    }

    /** Reads {@code topic} from the beginning until {@code count} records match, or fails after {@code timeout}. */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic,
                                                             Predicate<ConsumerRecord<String, String>> match,
                                                             int count, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (match.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " matching records on " + topic + " within " + timeout
                    + " but found " + found.size());
        }
        return found;
    }

    /** Every record on {@code topic} now that matches, read from the beginning up to the current end. */
    public List<ConsumerRecord<String, String>> recordsNow(String topic, Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " to its end within a minute");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (match.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    /** Waits until consumer group {@code groupId} has committed every record now on {@code topic}. */
    public void awaitConsumed(String groupId, String topic, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            Instant deadline = Instant.now().plus(timeout);
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                long behind = ends.entrySet().stream().mapToLong(end -> {
                    OffsetAndMetadata done = committed.get(end.getKey());
                    return end.getValue() - (done == null ? 0 : done.offset());
                }).sum();
                if (behind == 0) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(groupId + " is still " + behind + " records behind on " + topic
                            + " after " + timeout);
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read offsets of " + groupId, e);
        }
    }

    /** The value of a record header, as text. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
