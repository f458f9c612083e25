package dev.engagehub.points.messaging;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.RedemptionRequested;
import dev.engagehub.kit.messaging.ConsumerFailures;
import dev.engagehub.points.service.RedemptionPayments;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code engagehub.redemptions}: debits requested redemptions and refunds rejected ones. */
@ApplicationScoped
public class RedemptionConsumer {
    public static final String CHANNEL = "redemptions";

    private final RedemptionPayments payments;

    RedemptionConsumer(RedemptionPayments payments) {
        this.payments = payments;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    @SuppressWarnings("unchecked")
    public void onRedemptionEvent(String record) {
        ConsumerFailures.logged(CHANNEL, () -> {
            EventEnvelope<?> event = EventCodec.decode(record);
            if (event.payload() instanceof RedemptionRequested) {
                payments.onRequested((EventEnvelope<RedemptionRequested>) event);
            } else if (event.payload() instanceof RedemptionRejected) {
                payments.onRejected((EventEnvelope<RedemptionRejected>) event);
            }
        });
    }
}
