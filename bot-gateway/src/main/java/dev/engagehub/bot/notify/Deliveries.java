package dev.engagehub.bot.notify;

import dev.engagehub.bot.guild.GuildSettings;
import dev.engagehub.bot.guild.Guilds;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.kit.inbox.Inbox;
import discord4j.rest.http.client.ClientException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;
import reactor.core.publisher.Mono;

/**
 * Telling Discord about an event, once. The event id is recorded in the same transaction that wraps the Discord
 * calls, so a failure (Discord down, a crash) leaves it unrecorded and the event is retried; a retry after a
 * crash may repeat a call, which role grants shrug off and messages' nonces let Discord drop. What Discord
 * refuses for good (DMs closed, a deleted role or channel) is logged and not retried.
 */
@ApplicationScoped
public class Deliveries {
    private static final Logger LOG = Logger.getLogger(Deliveries.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private final Inbox inbox;
    private final Guilds guilds;

    Deliveries(Inbox inbox, Guilds guilds) {
        this.inbox = inbox;
        this.guilds = guilds;
    }

    /** The guild an event is about, if its community is a Discord guild the bot is in and its member a Discord user. */
    public Optional<GuildSettings> guildOf(EventEnvelope<?> event) {
        if (event.memberId() != null && !event.memberId().matches("\\d{15,21}")) {
            return Optional.empty();
        }
        return guilds.find(event.communityId());
    }

    public void once(String consumer, EventEnvelope<?> event, Runnable delivery) {
        inbox.once(consumer, event.eventId(), delivery);
    }

    /** Runs one Discord call; a permanent refusal (4xx other than rate limits) is logged and skipped. */
    public void call(String what, Mono<?> call) {
        try {
            call.block(CALL_TIMEOUT);
        } catch (ClientException e) {
            int status = e.getStatus().code();
            if (status >= 400 && status < 500 && status != 429) {
                LOG.warnf("Discord refused to %s (%d): %s", what, status, e.getMessage());
                return;
            }
            throw e;
        }
    }
}
