package dev.engagehub.bot.interaction;

import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * One slash command, with the buttons and modals it puts on screen. Their custom ids start with the command's
 * name ({@code leaderboard:week:all:10}), so the router brings them back here with the rest as arguments.
 */
public interface CommandHandler {
    /** The command as registered with Discord. */
    ApplicationCommandRequest definition();

    default String name() {
        return definition().name();
    }

    /** Admin commands need Manage Server (or the guild's admin role) — checked on every use, not only by Discord. */
    default boolean adminOnly() {
        return false;
    }

    /** Whether the answer (and a deferral) is visible only to the member. */
    default boolean ephemeral() {
        return true;
    }

    Uni<Reply> command(Interaction interaction);

    default Uni<Reply> button(Interaction interaction, List<String> args) {
        return Uni.createFrom().failure(new UserFacingException("That button no longer does anything."));
    }

    /** Suggestions for the option being typed ({@link Interaction#focusedOption()}). */
    default Uni<List<Choice>> autocomplete(Interaction interaction) {
        return Uni.createFrom().item(List.of());
    }

    default Uni<Reply> modal(Interaction interaction, List<String> args) {
        return Uni.createFrom().failure(new UserFacingException("That form is no longer in use."));
    }
}
