package dev.engagehub.bot.notify;

import dev.engagehub.bot.discord.DiscordApi;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.events.NotificationRequested;
import dev.engagehub.kit.messaging.ConsumerFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Notifications other services ask to be sent on Discord (DMs and channel messages); email is api-gateway's. */
@ApplicationScoped
public class DiscordNotifications {
    static final String CHANNEL = "notifications";

    private final Deliveries deliveries;
    private final DiscordApi discord;

    DiscordNotifications(Deliveries deliveries, DiscordApi discord) {
        this.deliveries = deliveries;
        this.discord = discord;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onNotification(String record) {
        ConsumerFailures.logged(CHANNEL, () -> {
            EventEnvelope<?> event = EventCodec.decode(record);
            if (!(event.payload() instanceof NotificationRequested request)
                    || request.channel() == NotificationRequested.Channel.EMAIL
                    || !request.recipient().matches("\\d{15,21}")) {
                return;
            }
            deliveries.guildOf(event).ifPresent(guild -> deliveries.once("bot-notifications", event, () ->
                    deliveries.call("send a notification", request.channel() == NotificationRequested.Channel.DISCORD_DM
                            ? discord.sendDirect(request.recipient(), MemberNotices.notification(request), event.eventId())
                            : discord.sendToChannel(request.recipient(), MemberNotices.notification(request),
                            event.eventId()))));
        });
    }
}
