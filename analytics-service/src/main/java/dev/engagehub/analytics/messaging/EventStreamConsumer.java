package dev.engagehub.analytics.messaging;

import dev.engagehub.analytics.service.Aggregates;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.kit.messaging.EventBatches;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every topic into the aggregates, a poll per transaction. One group, one channel per topic (each with its own
 * dead-letter topic).
 */
@ApplicationScoped
public class EventStreamConsumer {
    private final Aggregates aggregates;
    private final EventBatches batches;

    EventStreamConsumer(Aggregates aggregates, EventBatches batches) {
        this.aggregates = aggregates;
        this.batches = batches;
    }

    @Incoming("activity")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onActivity(ConsumerRecords<String, String> records) {
        apply("activity", records);
    }

    @Incoming("points")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onPoints(ConsumerRecords<String, String> records) {
        apply("points", records);
    }

    @Incoming("progress")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onProgress(ConsumerRecords<String, String> records) {
        apply("progress", records);
    }

    @Incoming("debits")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onDebit(ConsumerRecords<String, String> records) {
        apply("debits", records);
    }

    @Incoming("submissions")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onSubmission(ConsumerRecords<String, String> records) {
        apply("submissions", records);
    }

    @Incoming("redemptions")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onRedemption(ConsumerRecords<String, String> records) {
        apply("redemptions", records);
    }

    @Incoming("notifications")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onNotification(ConsumerRecords<String, String> records) {
        apply("notifications", records);
    }

    private void apply(String channel, ConsumerRecords<String, String> records) {
        batches.applyInOneTransaction(channel, records, EventCodec::decode, aggregates::applyAll);
    }
}
