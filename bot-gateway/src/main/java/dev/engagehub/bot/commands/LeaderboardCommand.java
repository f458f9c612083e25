package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.ROLE;
import static dev.engagehub.bot.interaction.CommandDefinitions.choice;
import static dev.engagehub.bot.interaction.CommandDefinitions.slashCommand;
import static dev.engagehub.bot.interaction.CommandDefinitions.option;

import dev.engagehub.bot.client.PointsClient;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Format;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.bot.interaction.Reply.Button;
import dev.engagehub.bot.interaction.UserFacingException;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@code /leaderboard [window] [segment]}: a public board, ten at a time, with ◀ ▶ buttons. */
@ApplicationScoped
public class LeaderboardCommand implements CommandHandler {
    static final int PAGE = 10;
    private static final String WHOLE_COMMUNITY = "-";

    private final PointsClient points;

    LeaderboardCommand(@RestClient PointsClient points) {
        this.points = points;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return slashCommand("leaderboard", "Who is on top today, this week, this month or of all time",
                choice("window", "Which board (default: week)", false, "day", "week", "month", "all"),
                option(ROLE, "segment", "A segment's board (its role), instead of the whole community", false));
    }

    @Override
    public boolean ephemeral() {
        return false;
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        return page(interaction.guildId().orElseThrow(), interaction.option("window").orElse("week"),
                interaction.option("segment").orElse(WHOLE_COMMUNITY), 0);
    }

    /** {@code leaderboard:<window>:<segment or ->:<offset>} */
    @Override
    public Uni<Reply> button(Interaction interaction, List<String> args) {
        if (args.size() != 3 || !args.get(2).matches("\\d{1,7}")) {
            throw new UserFacingException("That page button is broken; run /leaderboard again.");
        }
        return page(interaction.guildId().orElseThrow(), args.get(0), args.get(1), Long.parseLong(args.get(2)))
                .map(Reply::asUpdate);
    }

    private Uni<Reply> page(String community, String window, String segment, long offset) {
        return points.leaderboard(community, window, WHOLE_COMMUNITY.equals(segment) ? null : segment, offset, PAGE)
                .map(page -> {
                    String lines = page.entries().isEmpty() ? "Nobody here yet. Say hi in chat to get on the board!"
                            : page.entries().stream().map(entry -> Format.medal(entry.rank()) + " "
                                    + Format.member(entry.memberId()) + " — " + Format.number(entry.points()) + " XP")
                            .collect(Collectors.joining("\n"));
                    long pages = Math.max(1, (page.total() + PAGE - 1) / PAGE);
                    Embed board = Embed.of("🏆 Leaderboard · " + title(window) + " · " + page.period(), lines)
                            .color(Embed.GOLD)
                            .footer("Page " + (offset / PAGE + 1) + " of " + pages + " · " + Format.number(page.total())
                                    + " members" + (WHOLE_COMMUNITY.equals(segment) ? "" : " in this segment"));
                    return Reply.of(board).withRow(
                            Button.of("◀ Previous", Button.Style.SECONDARY, name(), window, segment,
                                    String.valueOf(Math.max(0, offset - PAGE))).disabled(offset == 0),
                            Button.of("Next ▶", Button.Style.SECONDARY, name(), window, segment,
                                    String.valueOf(offset + PAGE)).disabled(offset + PAGE >= page.total()));
                });
    }

    private static String title(String window) {
        return switch (window) {
            case "day" -> "Today";
            case "week" -> "This week";
            case "month" -> "This month";
            default -> "All time";
        };
    }
}
