package dev.engagehub.bot.guild;

import dev.engagehub.bot.client.PointsClient;
import dev.engagehub.bot.discord.DiscordApi;
import dev.engagehub.bot.interaction.CommandCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * A guild the bot is in becomes a community: created in points-service with the default rules the first time,
 * and given the bot's slash commands by one idempotent bulk overwrite whenever the command set has changed.
 */
@ApplicationScoped
public class GuildOnboarding {
    /** Who the audit log names for what the bot does by itself. */
    public static final String BOT_ACTOR = "discord-bot";
    private static final Logger LOG = Logger.getLogger(GuildOnboarding.class);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Guilds guilds;
    private final PointsClient points;
    private final CommandCatalog catalog;
    private final DiscordApi discord;
    private volatile long applicationId;

    GuildOnboarding(Guilds guilds, @RestClient PointsClient points, CommandCatalog catalog, DiscordApi discord) {
        this.guilds = guilds;
        this.points = points;
        this.catalog = catalog;
        this.discord = discord;
    }

    /** The application the commands belong to, from the Gateway's READY. */
    public void applicationId(long applicationId) {
        this.applicationId = applicationId;
    }

    public void joined(String guildId, String name) {
        GuildSettings guild = guilds.joined(guildId, name);
        ensureCommunity(guildId, name);
        if (!catalog.version().equals(guild.commandsVersion)) {
            discord.registerCommands(applicationId, Long.parseLong(guildId), catalog.definitions()).block(WAIT);
            guilds.update(guildId, settings -> settings.commandsVersion = catalog.version());
            LOG.infof("registered %d commands in guild %s (%s)", catalog.definitions().size(), guildId, name);
        }
    }

    private void ensureCommunity(String guildId, String name) {
        points.community(guildId)
                .onFailure(WebApplicationException.class).recoverWithUni(failure -> {
                    if (((WebApplicationException) failure).getResponse().getStatus() != 404) {
                        return io.smallrye.mutiny.Uni.createFrom().failure(failure);
                    }
                    LOG.infof("guild %s (%s) is new: creating its community", guildId, name);
                    return points.createCommunity(guildId, BOT_ACTOR,
                            new PointsClient.CommunityRequest(name, "UTC"));
                })
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(10)).atMost(5)
                .await().atMost(WAIT.multipliedBy(3));
    }
}
