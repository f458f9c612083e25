package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.slashCommand;

import dev.engagehub.bot.client.RewardsClient;
import dev.engagehub.bot.client.RewardsClient.Offer;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Format;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.bot.interaction.Reply.Button;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@code /rewards}: the catalog for this member, what they can redeem now first, with Redeem buttons. */
@ApplicationScoped
public class RewardsCommand implements CommandHandler {
    private static final int BUTTONS = 5;

    private final RewardsClient rewards;

    RewardsCommand(@RestClient RewardsClient rewards) {
        this.rewards = rewards;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return slashCommand("rewards", "What you can spend your points on");
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        return rewards.offers(interaction.guildId().orElseThrow(), interaction.userId(),
                List.copyOf(interaction.roleIds())).map(offers -> {
                    Embed catalog = Embed.of("🛍️ Rewards", "You have **" + Format.number(offers.balance())
                            + "** points (level " + offers.level() + ").");
                    if (offers.offers().isEmpty()) {
                        catalog = catalog.field("Nothing on offer yet", "Admins add rewards in the portal.", false);
                    }
                    for (Offer offer : offers.offers().stream().limit(20).toList()) {
                        catalog = catalog.field((offer.blocker() == null ? "🟢 " : "⚪ ") + offer.reward().name()
                                        + " · " + Format.number(offer.reward().cost()) + " points",
                                describe(offer), false);
                    }
                    Reply reply = Reply.of(catalog).privately();
                    List<Button> redeemable = offers.offers().stream().filter(offer -> offer.blocker() == null)
                            .limit(BUTTONS).map(offer -> Button.of("Redeem " + shorten(offer.reward().name()),
                                    Button.Style.PRIMARY, RedeemCommand.NAME, "ask", offer.reward().key())).toList();
                    return redeemable.isEmpty() ? reply : reply.withRow(redeemable.toArray(Button[]::new));
                });
    }

    private static String describe(Offer offer) {
        String description = offer.reward().description() == null ? "" : offer.reward().description() + "\n";
        String stock = offer.available() == null ? "" : " · " + Format.number(offer.available()) + " left";
        return description + "`" + offer.reward().key() + "`" + stock
                + (offer.blocker() == null ? "" : " · " + offer.blocker());
    }

    private static String shorten(String name) {
        return name.length() <= 60 ? name : name.substring(0, 59) + "…";
    }
}
