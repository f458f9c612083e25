package dev.engagehub.rewards.messaging;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.events.PointsDebitRejected;
import dev.engagehub.events.PointsDebited;
import dev.engagehub.kit.messaging.ConsumerFailures;
import dev.engagehub.rewards.service.RedemptionSaga;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads points-service's replies in the redemption saga from {@code engagehub.points}; ignores the rest. */
@ApplicationScoped
public class PointsRepliesConsumer {
    public static final String CHANNEL = "points";

    private final RedemptionSaga saga;

    PointsRepliesConsumer(RedemptionSaga saga) {
        this.saga = saga;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    @SuppressWarnings("unchecked")
    public void onPointsEvent(String record) {
        ConsumerFailures.logged(CHANNEL, () -> {
            EventEnvelope<?> event = EventCodec.decode(record);
            if (event.payload() instanceof PointsDebited) {
                saga.onDebited((EventEnvelope<PointsDebited>) event);
            } else if (event.payload() instanceof PointsDebitRejected) {
                saga.onDebitRejected((EventEnvelope<PointsDebitRejected>) event);
            }
        });
    }
}
