package dev.engagehub.points.messaging;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.kit.messaging.EventBatches;
import dev.engagehub.points.service.ActivityScoring;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code engagehub.activity} a poll at a time, each poll in one transaction. An unreadable record, or
 * one that can never apply (unknown community or action), goes to {@code engagehub.activity.dlq} with the
 * reason. Any other failure, such as the database being away, is retried in place, holding the partitions,
 * so nothing is skipped; only a batch still failing after an hour is parked in the dead-letter topic.
 */
@ApplicationScoped
public class ActivityConsumer {
    public static final String CHANNEL = "activity";

    private final ActivityScoring scoring;
    private final EventBatches batches;
    private final MeterRegistry metrics;

    ActivityConsumer(ActivityScoring scoring, EventBatches batches, MeterRegistry metrics) {
        this.scoring = scoring;
        this.batches = batches;
        this.metrics = metrics;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onActivity(ConsumerRecords<String, String> records) {
        batches.applyInOneTransaction(CHANNEL, records, record -> EventCodec.decode(record, ActivityRecorded.class),
                activities -> scoring.scoreAll(activities).forEach(earning ->
                        // Counts of cooldown and cap hits show abuse (and over-strict rules) at a glance.
                        metrics.counter("engagehub.activity.outcomes", "outcome", earning.outcome().name())
                                .increment()));
    }
}
