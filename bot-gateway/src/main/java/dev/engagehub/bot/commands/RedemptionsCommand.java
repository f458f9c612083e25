package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.slashCommand;

import dev.engagehub.bot.client.RewardsClient;
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

/** {@code /redemptions}: what the member redeemed, newest first, with status, code and shipping. */
@ApplicationScoped
public class RedemptionsCommand implements CommandHandler {
    private final RewardsClient rewards;

    RedemptionsCommand(@RestClient RewardsClient rewards) {
        this.rewards = rewards;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return slashCommand("redemptions", "What you redeemed and where it is");
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        return rewards.redemptionsOf(interaction.guildId().orElseThrow(), interaction.userId()).map(list -> Reply.of(
                Embed.of("🎁 Your redemptions", list.isEmpty() ? "Nothing yet. `/rewards` shows what you can get."
                        : list.stream().limit(15).map(redemption -> "**" + redemption.rewardKey() + "** · "
                                + Format.number(redemption.cost()) + " points · "
                                + RedemptionStatus.describe(redemption.status())
                                + (redemption.code() == null ? "" : " · code ||" + redemption.code() + "||")
                                + (redemption.shippingStatus() == null ? "" : " · " + redemption.shippingStatus())
                                + (redemption.reason() == null ? "" : "\n> " + redemption.reason()))
                        .collect(Collectors.joining("\n")))).privately());
    }
}
