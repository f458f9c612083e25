package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.STRING;
import static dev.engagehub.bot.interaction.CommandDefinitions.USER;
import static dev.engagehub.bot.interaction.CommandDefinitions.adminCommand;
import static dev.engagehub.bot.interaction.CommandDefinitions.integer;
import static dev.engagehub.bot.interaction.CommandDefinitions.option;

import dev.engagehub.bot.client.PointsClient;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Format;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.bot.interaction.UserFacingException;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;

/**
 * {@code /award} and {@code /deduct}: an admin's manual adjustment, with a reason, audited by points-service.
 * The interaction id is the idempotency key; a deduction beyond the balance is refused there.
 */
abstract class AdjustmentCommand implements CommandHandler {
    static final long MAX_POINTS = 1_000_000;

    private final PointsClient points;
    private final String name;
    private final int sign;

    AdjustmentCommand(PointsClient points, String name, int sign) {
        this.points = points;
        this.name = name;
        this.sign = sign;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return adminCommand(name, sign > 0 ? "Give a member points by hand" : "Take points from a member",
                option(USER, "member", "Who", true),
                integer("points", "How many", true, 1, MAX_POINTS),
                option(STRING, "reason", "Why (kept in the audit log)", true));
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        String member = interaction.option("member").orElseThrow(() -> new UserFacingException("Pick a member."));
        long amount = interaction.option("points").map(Long::parseLong).filter(p -> p >= 1 && p <= MAX_POINTS)
                .orElseThrow(() -> new UserFacingException("Points must be between 1 and "
                        + Format.number(MAX_POINTS) + "."));
        String reason = interaction.option("reason").filter(r -> !r.isBlank())
                .orElseThrow(() -> new UserFacingException("Give a reason; it goes into the audit log."));
        return points.adjust(interaction.guildId().orElseThrow(), member, interaction.userId(),
                        "discord-" + interaction.id(), new PointsClient.Adjustment(sign * amount, reason))
                .map(result -> Reply.of(Embed.of(sign > 0 ? "➕ Points awarded" : "➖ Points deducted",
                        Format.member(member) + (sign > 0 ? " receives " : " loses ") + "**" + Format.number(amount)
                                + "** points: " + reason).field("Balance now",
                        Format.number(result.path("points").path("balance").asLong()), true)).privately());
    }
}
