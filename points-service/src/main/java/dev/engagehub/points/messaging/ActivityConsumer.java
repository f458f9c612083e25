package dev.engagehub.points.messaging;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.points.leaderboard.Leaderboards;
import dev.engagehub.points.service.LedgerService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code engagehub.activity}. An unreadable record goes straight to {@code engagehub.activity.dlq}
 * with the reason (the channel's dead-letter strategy). Any other failure, such as the database being away,
 * is retried in place, holding the partition, so nothing is skipped; only a record still failing after an
 * hour is parked in the dead-letter topic. The ledger commits before the boards move.
 */
@ApplicationScoped
public class ActivityConsumer {
    public static final String CHANNEL = "activity";

    private final LedgerService ledger;
    private final Leaderboards leaderboards;

    ActivityConsumer(LedgerService ledger, Leaderboards leaderboards) {
        this.ledger = ledger;
        this.leaderboards = leaderboards;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onActivity(String record) {
        ledger.record(EventCodec.decode(record, ActivityRecorded.class)).ifPresent(leaderboards::add);
    }
}
