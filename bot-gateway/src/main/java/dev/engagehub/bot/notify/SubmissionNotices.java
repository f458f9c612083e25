package dev.engagehub.bot.notify;

import dev.engagehub.bot.discord.DiscordApi;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.events.SubmissionReviewed;
import dev.engagehub.kit.messaging.ConsumerFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A reviewed submission: the member is told the outcome (and the reason of a rejection) by DM. */
@ApplicationScoped
public class SubmissionNotices {
    static final String CHANNEL = "submissions";

    private final Deliveries deliveries;
    private final DiscordApi discord;

    SubmissionNotices(Deliveries deliveries, DiscordApi discord) {
        this.deliveries = deliveries;
        this.discord = discord;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onSubmissionEvent(String record) {
        ConsumerFailures.logged(CHANNEL, () -> {
            EventEnvelope<?> event = EventCodec.decode(record);
            if (event.payload() instanceof SubmissionReviewed reviewed) {
                deliveries.guildOf(event).ifPresent(guild -> deliveries.once("bot-submissions", event,
                        () -> deliveries.call("DM a review outcome", discord.sendDirect(event.memberId(),
                                MemberNotices.reviewed(reviewed), event.eventId()))));
            }
        });
    }
}
