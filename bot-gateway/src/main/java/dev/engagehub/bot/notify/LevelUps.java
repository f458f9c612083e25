package dev.engagehub.bot.notify;

import dev.engagehub.bot.discord.DiscordApi;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.EventType;
import dev.engagehub.events.LevelReached;
import dev.engagehub.kit.messaging.EventBatches;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A level reached: the level's role is granted and the level-up announced in the guild's channel. */
@ApplicationScoped
public class LevelUps {
    static final String CHANNEL = "progress";

    private final Deliveries deliveries;
    private final DiscordApi discord;
    private final EventBatches batches;

    LevelUps(Deliveries deliveries, DiscordApi discord, EventBatches batches) {
        this.deliveries = deliveries;
        this.discord = discord;
        this.batches = batches;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS)
    @SuppressWarnings("unchecked")
    public void onProgress(ConsumerRecords<String, String> records) {
        // Only level-ups are announced; badges, challenges and streaks on the same topic are skipped by type.
        batches.forEachOfType(CHANNEL, records, Set.of(EventType.LEVEL_REACHED),
                event -> onLevel((EventEnvelope<LevelReached>) event));
    }

    private void onLevel(EventEnvelope<LevelReached> event) {
        deliveries.guildOf(event).ifPresent(guild -> deliveries.once("bot-level-ups", event, () -> {
            LevelReached level = event.payload();
            if (level.roleRewardId() != null) {
                deliveries.call("grant the level role", discord.grantRole(guild.guildId, event.memberId(),
                        level.roleRewardId(), "Reached level " + level.level()));
            }
            if (guild.announcementChannelId != null) {
                deliveries.call("announce a level-up", discord.sendToChannel(guild.announcementChannelId,
                        MemberNotices.levelUp(event.memberId(), level.level(), level.roleRewardId()),
                        event.eventId()));
            }
        }));
    }
}
