package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.USER;
import static dev.engagehub.bot.interaction.CommandDefinitions.slashCommand;
import static dev.engagehub.bot.interaction.CommandDefinitions.option;

import dev.engagehub.bot.client.PointsClient;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Format;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@code /profile [member]}: level, badges and the challenges in progress. */
@ApplicationScoped
public class ProfileCommand implements CommandHandler {
    private final PointsClient points;

    ProfileCommand(@RestClient PointsClient points) {
        this.points = points;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return slashCommand("profile", "Badges, level and challenges in progress",
                option(USER, "member", "Someone else's profile instead of yours", false));
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        String community = interaction.guildId().orElseThrow();
        String member = interaction.option("member").orElse(interaction.userId());
        return Uni.combine().all().unis(points.points(community, member), points.badges(community, member),
                points.challenges(community, member)).with((progress, badges, challenges) -> {
                    String badgeList = badges.isEmpty() ? "None yet: they come with levels, streaks and challenges."
                            : badges.stream().map(badge -> "🏅 **" + badge.name() + "**")
                            .collect(Collectors.joining("\n"));
                    String running = challenges.stream().filter(challenge -> !challenge.completed()).limit(5)
                            .map(challenge -> "**" + challenge.name() + "** " + Format.bar(challenge.progress(),
                                    challenge.goal())).collect(Collectors.joining("\n"));
                    return Reply.of(Embed.of("Profile", Format.member(member) + " · level " + progress.level()
                                    + " · " + Format.number(progress.lifetimeXp()) + " XP")
                            .field("Badges (" + badges.size() + ")", badgeList, false)
                            .field("Challenges in progress", running.isEmpty() ? "None right now." : running, false))
                            .privately();
                });
    }
}
