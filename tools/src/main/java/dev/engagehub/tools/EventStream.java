package dev.engagehub.tools;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.EventHeaders;
import dev.engagehub.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/** The platform's topics as the tools use them: publishing events as the bot would, and consumer lag. */
public final class EventStream implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final Admin admin;

    public EventStream(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        Properties adminConfig = new Properties();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(adminConfig);
    }

    /** Sends an event with its id and type headers, keyed for per-member order; does not wait. */
    public void publish(EventEnvelope<?> event) {
        send(record(event));
    }

    /** The record {@link #publish} sends, for callers that encode ahead of sending. */
    public static ProducerRecord<String, String> record(EventEnvelope<?> event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.of(event.eventType()).name(), event.key(),
                EventCodec.encode(event));
        record.headers().add(EventHeaders.EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, event.type().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Sends a record made by {@link #record}; does not wait. */
    public void send(ProducerRecord<String, String> record) {
        producer.send(record);
    }

    public void flush() {
        producer.flush();
    }

    /** The next offset of each partition of {@code topic}. */
    public Map<TopicPartition, Long> endOffsets(String topic) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        answer(admin.describeTopics(Set.of(topic)).allTopicNames()).get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        return ends(latest);
    }

    /** Records on {@code topics} that {@code group} has not committed yet. */
    public long lag(String group, Set<String> topics) {
        Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
        return topics.stream().mapToLong(topic -> behind(committed, endOffsets(topic))).sum();
    }

    /**
     * Records not yet committed, summed over every consumer group with live members: zero when the platform is
     * idle. Groups nobody consumes in any more (an old tool run, a renamed service) are left out, and so are the
     * topics a live group no longer reads (its offsets there stay behind after an upgrade moved it elsewhere).
     */
    public long totalLag() {
        long lag = 0;
        for (var group : answer(admin.listConsumerGroups().all())) {
            if (group.groupState().map(state -> state == GroupState.EMPTY || state == GroupState.DEAD).orElse(false)) {
                continue;
            }
            Set<String> read = topicsRead(group.groupId());
            Map<TopicPartition, OffsetAndMetadata> committed = committed(group.groupId());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            // In the middle of a rebalance nothing is assigned: every committed offset counts until it settles.
            committed.keySet().stream().filter(partition -> read.isEmpty() || read.contains(partition.topic()))
                    .forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            lag += behind(committed, ends(latest));
        }
        return lag;
    }

    /** The topics assigned to the group's members now. */
    private Set<String> topicsRead(String group) {
        return answer(admin.describeConsumerGroups(Set.of(group)).all()).get(group).members().stream()
                .flatMap(member -> member.assignment().topicPartitions().stream()).map(TopicPartition::topic)
                .collect(Collectors.toSet());
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        return answer(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
    }

    private Map<TopicPartition, Long> ends(Map<TopicPartition, OffsetSpec> latest) {
        Map<TopicPartition, Long> ends = new HashMap<>();
        answer(admin.listOffsets(latest).all()).forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private static long behind(Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> ends) {
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
        }
        return lag;
    }

    private static <T> T answer(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not answer: " + e.getCause().getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
