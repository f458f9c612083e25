package dev.engagehub.bot.activity;

import dev.engagehub.events.ActivityRecorded;
import discord4j.common.util.Snowflake;
import discord4j.core.event.domain.message.ReactionAddEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * A reaction is worth something to both sides: {@code reaction_given} to who reacted and
 * {@code reaction_received} to the author. Reacting to your own message earns nothing.
 */
@ApplicationScoped
public class ReactionActivity {
    private final ActivityPublisher activity;

    ReactionActivity(ActivityPublisher activity) {
        this.activity = activity;
    }

    public void onReaction(ReactionAddEvent event) {
        if (event.getGuildId().isEmpty() || event.getMember().map(member -> member.isBot()).orElse(true)) {
            return;
        }
        String guildId = event.getGuildId().get().asString();
        String reactor = event.getUserId().asString();
        long author = event.getMessageAuthorId().asLong();
        if (author == 0 || author == event.getUserId().asLong()) {
            return;
        }
        String channel = event.getChannelId().asString();
        String reference = event.getMessageId().asString();
        List<String> roles = event.getMember().map(member -> member.getRoleIds().stream().map(Snowflake::asString)
                .toList()).orElse(List.of());
        Instant now = Instant.now();
        activity.publish(guildId, reactor, new ActivityRecorded("reaction_given", 1, channel, roles, reference), now);
        activity.publish(guildId, String.valueOf(author),
                new ActivityRecorded("reaction_received", 1, channel, List.of(), reference), now);
    }
}
