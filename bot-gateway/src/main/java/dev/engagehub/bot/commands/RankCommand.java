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
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@code /rank [member]}: level, XP and the bar to the next level, all-time rank, balance and streak. */
@ApplicationScoped
public class RankCommand implements CommandHandler {
    private final PointsClient points;

    RankCommand(@RestClient PointsClient points) {
        this.points = points;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return slashCommand("rank", "Your level, XP, rank and streak",
                option(USER, "member", "Someone else's rank instead of yours", false));
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        String community = interaction.guildId().orElseThrow();
        String member = interaction.option("member").orElse(interaction.userId());
        return Uni.combine().all().unis(points.points(community, member),
                        points.standing(community, "all", member, 1), points.streak(community, member))
                .with((progress, standing, streak) -> {
                    long intoLevel = progress.lifetimeXp() - progress.levelStartXp();
                    long levelSize = progress.nextLevelXp() - progress.levelStartXp();
                    Long rank = standing.standing().rank();
                    return Reply.of(Embed.of("Level " + progress.level(), Format.member(member))
                            .field("Progress to level " + (progress.level() + 1),
                                    Format.bar(intoLevel, levelSize) + "\n" + Format.number(intoLevel) + " / "
                                            + Format.number(levelSize) + " XP", false)
                            .field("Rank", rank == null ? "not on the board" : "#" + Format.number(rank) + " of "
                                    + Format.number(standing.standing().boardSize()), true)
                            .field("Lifetime XP", Format.number(progress.lifetimeXp()), true)
                            .field("Balance", Format.number(progress.balance()) + " points", true)
                            .field("Streak", "🔥 " + streak.current() + (streak.current() == 1 ? " day" : " days")
                                    + " (best " + streak.longest() + ")", true)).privately();
                });
    }
}
