package dev.engagehub.analytics.messaging;

import dev.engagehub.analytics.service.Aggregates;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.kit.messaging.ConsumerFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every topic into the aggregates. One group, one channel per topic (each with its own dead-letter topic). */
@ApplicationScoped
public class EventStreamConsumer {
    private final Aggregates aggregates;

    EventStreamConsumer(Aggregates aggregates) {
        this.aggregates = aggregates;
    }

    @Incoming("activity")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onActivity(String record) {
        apply("activity", record);
    }

    @Incoming("points")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onPoints(String record) {
        apply("points", record);
    }

    @Incoming("submissions")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onSubmission(String record) {
        apply("submissions", record);
    }

    @Incoming("redemptions")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onRedemption(String record) {
        apply("redemptions", record);
    }

    @Incoming("notifications")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onNotification(String record) {
        apply("notifications", record);
    }

    private void apply(String channel, String record) {
        ConsumerFailures.logged(channel, () -> aggregates.apply(EventCodec.decode(record)));
    }
}
