package dev.engagehub.bot.notify;

import dev.engagehub.bot.discord.DiscordApi;
import dev.engagehub.bot.roles.TimedRoles;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.kit.messaging.ConsumerFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A fulfilled redemption: the perk's role granted, and a DM with the code, instructions or shipping; a rejection is explained. */
@ApplicationScoped
public class RedemptionNotices {
    static final String CHANNEL = "redemptions";

    private final Deliveries deliveries;
    private final DiscordApi discord;
    private final TimedRoles timedRoles;

    RedemptionNotices(Deliveries deliveries, DiscordApi discord, TimedRoles timedRoles) {
        this.deliveries = deliveries;
        this.discord = discord;
        this.timedRoles = timedRoles;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onRedemptionEvent(String record) {
        ConsumerFailures.logged(CHANNEL, () -> {
            EventEnvelope<?> event = EventCodec.decode(record);
            if (event.payload() instanceof RedemptionFulfilled fulfilled) {
                deliveries.guildOf(event).ifPresent(guild -> deliveries.once("bot-redemptions", event, () -> {
                    if (fulfilled.roleId() != null) {
                        deliveries.call("grant a reward role", discord.grantRole(guild.guildId, event.memberId(),
                                fulfilled.roleId(), "Redeemed " + fulfilled.rewardName()));
                        if (fulfilled.roleDurationDays() != null) {
                            timedRoles.granted(guild.guildId, event.memberId(), fulfilled.roleId(),
                                    fulfilled.roleDurationDays(), event.occurredAt());
                        }
                    }
                    deliveries.call("DM a fulfilled reward", discord.sendDirect(event.memberId(),
                            MemberNotices.fulfilled(fulfilled), event.eventId()));
                }));
            } else if (event.payload() instanceof RedemptionRejected rejected) {
                deliveries.guildOf(event).ifPresent(guild -> deliveries.once("bot-redemptions", event,
                        () -> deliveries.call("DM a rejected redemption", discord.sendDirect(event.memberId(),
                                MemberNotices.rejected(rejected), event.eventId()))));
            }
        });
    }
}
