package dev.engagehub.rewards.messaging;

import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.EventType;
import dev.engagehub.events.PointsDebitRejected;
import dev.engagehub.events.PointsDebited;
import dev.engagehub.kit.messaging.EventBatches;
import dev.engagehub.rewards.service.RedemptionSaga;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads points-service's replies in the redemption saga from {@code engagehub.debits}, a poll at a time. */
@ApplicationScoped
public class PointsRepliesConsumer {
    public static final String CHANNEL = "debits";

    private final RedemptionSaga saga;
    private final EventBatches batches;

    PointsRepliesConsumer(RedemptionSaga saga, EventBatches batches) {
        this.saga = saga;
        this.batches = batches;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS)
    @SuppressWarnings("unchecked")
    public void onReplies(ConsumerRecords<String, String> records) {
        batches.forEachOfType(CHANNEL, records, Set.of(EventType.POINTS_DEBITED, EventType.POINTS_DEBIT_REJECTED),
                event -> {
                    if (event.payload() instanceof PointsDebited) {
                        saga.onDebited((EventEnvelope<PointsDebited>) event);
                    } else {
                        saga.onDebitRejected((EventEnvelope<PointsDebitRejected>) event);
                    }
                });
    }
}
