package dev.engagehub.points.messaging;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.kit.messaging.ConsumerFailures;
import dev.engagehub.kit.messaging.UnprocessableEventException;
import dev.engagehub.points.rules.Earning;
import dev.engagehub.points.service.ActivityScoring;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code engagehub.activity}. An unreadable record, or one that can never apply (unknown community
 * or action), goes straight to {@code engagehub.activity.dlq} with the reason (the channel's dead-letter
 * strategy). Any other failure, such as the database being away, is retried in place, holding the
 * partition, so nothing is skipped; only a record still failing after an hour is parked in the
 * dead-letter topic.
 */
@ApplicationScoped
public class ActivityConsumer {
    public static final String CHANNEL = "activity";

    private final ActivityScoring scoring;
    private final MeterRegistry metrics;

    ActivityConsumer(ActivityScoring scoring, MeterRegistry metrics) {
        this.scoring = scoring;
        this.metrics = metrics;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = {MalformedEventException.class, UnprocessableEventException.class})
    public void onActivity(String record) {
        ConsumerFailures.logged(CHANNEL, () -> {
            Earning earning = scoring.score(EventCodec.decode(record, ActivityRecorded.class));
            // Counts of cooldown and cap hits show abuse (and over-strict rules) at a glance.
            metrics.counter("engagehub.activity.outcomes", "outcome", earning.outcome().name()).increment();
        });
    }
}
