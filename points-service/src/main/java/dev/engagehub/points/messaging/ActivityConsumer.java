package dev.engagehub.points.messaging;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventCodec;
import dev.engagehub.points.leaderboard.Leaderboards;
import dev.engagehub.points.service.LedgerService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code engagehub.activity}. An unreadable record throws, and the channel's dead-letter strategy
 * moves it to {@code engagehub.activity.dlq} with the reason; the ledger commits before the boards move.
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
    public void onActivity(String record) {
        ledger.record(EventCodec.decode(record, ActivityRecorded.class)).ifPresent(leaderboards::add);
    }
}
