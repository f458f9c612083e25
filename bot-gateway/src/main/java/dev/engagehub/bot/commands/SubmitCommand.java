package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.slashCommand;
import static dev.engagehub.bot.interaction.CommandDefinitions.suggested;

import dev.engagehub.bot.client.PointsClient;
import dev.engagehub.bot.interaction.Choice;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Format;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.bot.interaction.Reply.Modal;
import dev.engagehub.bot.interaction.Reply.TextInput;
import dev.engagehub.bot.interaction.UserFacingException;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@code /submit [template]}: without a template, the list of what can be claimed; with one, a form for the
 * evidence (a link and/or a description), which becomes a submission an admin reviews.
 */
@ApplicationScoped
public class SubmitCommand implements CommandHandler {
    static final String URL = "evidenceUrl";
    static final String TEXT = "evidenceText";

    private final PointsClient points;

    SubmitCommand(@RestClient PointsClient points) {
        this.points = points;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return slashCommand("submit", "Claim points for something you did (an admin reviews it)",
                suggested("template", "What you are claiming (run /submit alone to see the list)", false));
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        var template = interaction.option("template");
        if (template.isEmpty()) {
            return points.templates(interaction.guildId().orElseThrow()).map(templates -> Reply.of(
                    Embed.of("📝 What you can claim", templates.stream().filter(PointsClient.Template::enabled)
                            .limit(25).map(t -> "`" + t.key() + "` **" + t.name() + "** — "
                                    + Format.number(t.points()) + " points")
                            .collect(Collectors.joining("\n")))
                            .footer("Then: /submit template:<key>")).privately());
        }
        // A form must be the first answer, so it opens at once; the claim is checked when it is sent.
        return Uni.createFrom().item(Reply.modal(new Modal(name() + ":" + template.get(), "Claim: "
                + abbreviate(template.get()), List.of(
                new TextInput(URL, "Link to your evidence", false, false, 500, "https://…"),
                new TextInput(TEXT, "What did you do?", true, false, 2_000, "A few words for the reviewer")))));
    }

    @Override
    public Uni<List<Choice>> autocomplete(Interaction interaction) {
        String typed = interaction.focusedOption().toLowerCase(Locale.ROOT);
        return points.templates(interaction.guildId().orElseThrow()).map(templates -> templates.stream()
                .filter(PointsClient.Template::enabled)
                .filter(t -> t.key().contains(typed) || t.name().toLowerCase(Locale.ROOT).contains(typed))
                .limit(Choice.MAX).map(t -> new Choice(t.name() + " · " + Format.number(t.points()) + " points",
                        t.key())).toList());
    }

    /** {@code submit:<templateKey>} */
    @Override
    public Uni<Reply> modal(Interaction interaction, List<String> args) {
        String templateKey = String.join(":", args);
        Map<String, String> values = interaction.modalValues();
        String url = blankToNull(values.get(URL));
        String text = blankToNull(values.get(TEXT));
        if (url == null && text == null) {
            throw new UserFacingException("Add a link or a description so an admin can check your claim.");
        }
        return points.submit(interaction.guildId().orElseThrow(), interaction.userId(),
                        new PointsClient.Claim(templateKey, url, text))
                .map(submission -> Reply.of(Embed.of("📨 Submitted", "Your claim for `" + templateKey
                        + "` is waiting for review. You'll get a DM when an admin has looked at it.")
                        .color(Embed.GREEN)).privately());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String abbreviate(String value) {
        return value.length() <= 35 ? value : value.substring(0, 34) + "…";
    }
}
