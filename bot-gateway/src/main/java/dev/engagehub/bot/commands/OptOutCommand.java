package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.BOOLEAN;
import static dev.engagehub.bot.interaction.CommandDefinitions.slashCommand;
import static dev.engagehub.bot.interaction.CommandDefinitions.option;

import dev.engagehub.bot.client.PointsClient;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@code /optout [hidden]}: leave every leaderboard (points keep counting), or come back. */
@ApplicationScoped
public class OptOutCommand implements CommandHandler {
    private final PointsClient points;

    OptOutCommand(@RestClient PointsClient points) {
        this.points = points;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return slashCommand("optout", "Hide yourself from the leaderboards, or show yourself again",
                option(BOOLEAN, "hidden", "true: hide me (default); false: show me again", false));
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        boolean hidden = interaction.option("hidden").map(Boolean::parseBoolean).orElse(true);
        return points.setPrivacy(interaction.guildId().orElseThrow(), interaction.userId(),
                        new PointsClient.Privacy(hidden))
                .map(privacy -> Reply.of(Embed.of(privacy.optOut() ? "🙈 Hidden from the leaderboards"
                                : "👋 Back on the leaderboards", privacy.optOut()
                                ? "You still earn points, levels and badges; you just don't appear on any board."
                                : "You appear on the boards again with everything you earned.")).privately());
    }
}
