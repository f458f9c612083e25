package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.slashCommand;

import dev.engagehub.bot.client.PointsClient;
import dev.engagehub.bot.client.PointsClient.Challenge;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Format;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@code /quests}: the challenges running now, the member's progress and what each pays. */
@ApplicationScoped
public class QuestsCommand implements CommandHandler {
    private final PointsClient points;

    QuestsCommand(@RestClient PointsClient points) {
        this.points = points;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return slashCommand("quests", "Challenges running now and your progress");
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        return points.challenges(interaction.guildId().orElseThrow(), interaction.userId()).map(challenges -> {
            Embed quests = Embed.of("🎯 Quests", challenges.isEmpty() ? "No challenges are running right now."
                    : "Finish them before they end to earn their reward.");
            for (Challenge challenge : challenges.stream().limit(20).toList()) {
                quests = quests.field((challenge.completed() ? "✅ " : "") + challenge.name(),
                        Format.bar(challenge.progress(), challenge.goal()) + " · " + Format.number(challenge.progress())
                                + "/" + Format.number(challenge.goal()) + "\nReward: "
                                + Format.number(challenge.rewardPoints()) + " points"
                                + (challenge.endsAt() == null ? "" : " · ends <t:" + challenge.endsAt().getEpochSecond()
                                + ":R>"), false);
            }
            return Reply.of(quests).privately();
        });
    }
}
