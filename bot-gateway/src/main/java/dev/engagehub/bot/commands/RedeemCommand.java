package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.slashCommand;
import static dev.engagehub.bot.interaction.CommandDefinitions.suggested;

import dev.engagehub.bot.client.RewardsClient;
import dev.engagehub.bot.client.RewardsClient.Offer;
import dev.engagehub.bot.interaction.Choice;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Format;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.bot.interaction.Reply.Button;
import dev.engagehub.bot.interaction.Reply.Modal;
import dev.engagehub.bot.interaction.Reply.TextInput;
import dev.engagehub.bot.interaction.UserFacingException;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@code /redeem reward}: shows the price and asks for a confirming click (merch asks for the shipping address
 * in a form instead). The click's interaction id is the idempotency key, so a retried click redeems once.
 */
@ApplicationScoped
public class RedeemCommand implements CommandHandler {
    static final String NAME = "redeem";
    private static final List<String> ADDRESS = List.of("name", "line1", "city", "postalCode", "country");

    private final RewardsClient rewards;

    RedeemCommand(@RestClient RewardsClient rewards) {
        this.rewards = rewards;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return slashCommand(NAME, "Spend points on a reward",
                suggested("reward", "The reward (start typing its name)", true));
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        return ask(interaction, interaction.option("reward").orElseThrow(
                () -> new UserFacingException("Say which reward: /redeem reward:<key> (see /rewards).")));
    }

    /** Rewards matching what is typed, those redeemable now first (as rewards-service orders them). */
    @Override
    public Uni<List<Choice>> autocomplete(Interaction interaction) {
        String typed = interaction.focusedOption().toLowerCase(Locale.ROOT);
        return rewards.offers(interaction.guildId().orElseThrow(), interaction.userId(),
                List.copyOf(interaction.roleIds())).map(offers -> offers.offers().stream()
                .filter(o -> o.reward().key().contains(typed) || o.reward().name().toLowerCase(Locale.ROOT)
                        .contains(typed))
                .limit(Choice.MAX).map(o -> new Choice(o.reward().name() + " · " + Format.number(o.reward().cost())
                        + " points" + (o.blocker() == null ? "" : " (" + o.blocker() + ")"), o.reward().key()))
                .toList());
    }

    /** {@code redeem:ask:<key>}, {@code redeem:confirm:<key>}, {@code redeem:address:<key>}, {@code redeem:cancel} */
    @Override
    public Uni<Reply> button(Interaction interaction, List<String> args) {
        String action = args.isEmpty() ? "" : args.get(0);
        String rewardKey = String.join(":", args.subList(Math.min(1, args.size()), args.size()));
        return switch (action) {
            case "ask" -> ask(interaction, rewardKey);
            case "confirm" -> redeem(interaction, rewardKey, null);
            case "address" -> Uni.createFrom().item(Reply.modal(new Modal(NAME + ":ship:" + rewardKey,
                    "Where should we send it?", List.of(
                    new TextInput("name", "Full name", false, true, 200, null),
                    new TextInput("line1", "Street address", false, true, 200, null),
                    new TextInput("city", "City", false, true, 100, null),
                    new TextInput("postalCode", "Postal code", false, true, 20, null),
                    new TextInput("country", "Country", false, true, 60, null)))));
            case "cancel" -> Uni.createFrom().item(Reply.of(Embed.of("Cancelled", "Nothing was spent."))
                    .privately().asUpdate());
            default -> Uni.createFrom().failure(new UserFacingException("That button is not in use any more."));
        };
    }

    /** {@code redeem:ship:<key>}: the shipping form for merch. */
    @Override
    public Uni<Reply> modal(Interaction interaction, List<String> args) {
        Map<String, String> shipping = new LinkedHashMap<>();
        ADDRESS.forEach(field -> shipping.put(field, interaction.modalValues().getOrDefault(field, "").strip()));
        return redeem(interaction, String.join(":", args.subList(Math.min(1, args.size()), args.size())), shipping);
    }

    private Uni<Reply> ask(Interaction interaction, String rewardKey) {
        return rewards.offers(interaction.guildId().orElseThrow(), interaction.userId(),
                List.copyOf(interaction.roleIds())).map(offers -> {
                    Offer offer = offers.offers().stream().filter(o -> o.reward().key().equals(rewardKey)).findFirst()
                            .orElseThrow(() -> new UserFacingException("There is no reward `" + rewardKey
                                    + "` here. `/rewards` lists what there is."));
                    if (offer.blocker() != null) {
                        throw new UserFacingException("You can't redeem **" + offer.reward().name() + "** right now: "
                                + offer.blocker() + ".");
                    }
                    boolean merch = "MERCH".equals(offer.reward().kind());
                    Embed confirm = Embed.of("Redeem " + offer.reward().name() + "?", "It costs **"
                            + Format.number(offer.reward().cost()) + "** points; you have "
                            + Format.number(offers.balance()) + "." + (merch ? " We'll need a shipping address." : ""));
                    return Reply.of(confirm).privately().withRow(
                            merch ? Button.of("Enter shipping address", Button.Style.PRIMARY, NAME, "address", rewardKey)
                                    : Button.of("Confirm: spend " + Format.number(offer.reward().cost()) + " points",
                                    Button.Style.SUCCESS, NAME, "confirm", rewardKey),
                            Button.of("Cancel", Button.Style.SECONDARY, NAME, "cancel"));
                });
    }

    private Uni<Reply> redeem(Interaction interaction, String rewardKey, Map<String, String> shipping) {
        return rewards.redeem(interaction.guildId().orElseThrow(), interaction.userId(), "discord-" + interaction.id(),
                        new RewardsClient.RedeemRequest(rewardKey, shipping, List.copyOf(interaction.roleIds())))
                .map(redemption -> Reply.of(Embed.of("⏳ Redemption requested", "We're taking "
                        + Format.number(redemption.cost()) + " points for `" + rewardKey + "`. You'll get a DM as soon "
                        + "as it's ready" + (shipping == null ? "." : " and when it ships.")).color(Embed.GREEN))
                        .privately().asUpdate());
    }
}
