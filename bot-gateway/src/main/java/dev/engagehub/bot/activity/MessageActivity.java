package dev.engagehub.bot.activity;

import dev.engagehub.bot.discord.DiscordApi;
import dev.engagehub.bot.discord.DiscordSettings;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.events.ActivityRecorded;
import discord4j.common.util.Snowflake;
import discord4j.core.event.domain.message.MessageCreateEvent;
import discord4j.core.object.entity.Message;
import discord4j.core.object.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Messages earn XP: one {@code message} activity per member per cooldown, never for bots or webhooks. A DM
 * to the bot is answered with where to go instead (once an hour per person).
 */
@ApplicationScoped
public class MessageActivity {
    private final ActivityPublisher activity;
    private final DiscordApi discord;
    private final Cooldowns messageCooldown;
    private final Cooldowns dmHints = new Cooldowns(Duration.ofHours(1));

    MessageActivity(ActivityPublisher activity, DiscordApi discord, DiscordSettings settings) {
        this.activity = activity;
        this.discord = discord;
        this.messageCooldown = new Cooldowns(settings.messageCooldown());
    }

    public void onMessage(MessageCreateEvent event) {
        Message message = event.getMessage();
        Optional<User> author = message.getAuthor();
        if (author.isEmpty() || author.get().isBot() || message.getWebhookId().isPresent()) {
            return;
        }
        String userId = author.get().getId().asString();
        Instant now = Instant.now();
        if (event.getGuildId().isEmpty()) {
            if (dmHints.tryAcquire(userId, now)) {
                discord.sendDirect(userId, Reply.of(Embed.of("Hi, I'm EngageHub",
                        "I keep score inside servers, not in DMs. In your server, try `/rank`, `/daily`, "
                                + "`/quests` or `/rewards`.")), null).block(Duration.ofSeconds(10));
            }
            return;
        }
        String guildId = event.getGuildId().get().asString();
        if (!messageCooldown.tryAcquire(guildId + ":" + userId, now)) {
            return;
        }
        List<String> roles = event.getMember().map(member -> member.getRoleIds().stream().map(Snowflake::asString)
                .toList()).orElse(List.of());
        activity.publish(guildId, userId, new ActivityRecorded("message", 1, message.getChannelId().asString(),
                roles, message.getId().asString()), message.getTimestamp());
    }
}
