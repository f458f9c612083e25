package dev.engagehub.bot.interaction;

import dev.engagehub.bot.discord.DiscordApi;
import dev.engagehub.bot.discord.DiscordSettings;
import dev.engagehub.bot.guild.Guilds;
import discord4j.discordjson.json.InteractionResponseData;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Answers every interaction, however it arrived, inside Discord's 3-second window: a handler that is quick
 * answers directly; a slow one is deferred ("thinking…") and its answer replaces the deferral when ready.
 * Each handler runs isolated, with a timeout; any failure becomes a clear, ephemeral message, never a crash.
 */
@ApplicationScoped
public class InteractionRouter {
    private static final Logger LOG = Logger.getLogger(InteractionRouter.class);
    /** Leaves room for the network and a busy machine within Discord's 3 s. */
    static final Duration ANSWER_WINDOW = Duration.ofMillis(1_500);

    private final CommandCatalog catalog;
    private final Guilds guilds;
    private final DiscordApi discord;
    private final ReplyRenderer renderer;
    private final ProblemReplies problems;
    private final RecentInteractions recent = new RecentInteractions(10_000);
    private final Duration handlerTimeout;

    InteractionRouter(CommandCatalog catalog, Guilds guilds, DiscordApi discord, ReplyRenderer renderer,
                      ProblemReplies problems, DiscordSettings settings) {
        this.catalog = catalog;
        this.guilds = guilds;
        this.discord = discord;
        this.renderer = renderer;
        this.problems = problems;
        this.handlerTimeout = settings.handlerTimeout();
    }

    /** Whether this interaction id was already answered (Discord never sends one twice; a replay does). */
    public boolean seenBefore(Interaction interaction) {
        return !recent.firstTime(interaction.id());
    }

    /** The first response to send; a deferred answer follows as an edit of it. */
    public Mono<InteractionResponseData> route(Interaction interaction) {
        if (interaction.kind() == Interaction.Kind.PING) {
            return Mono.just(renderer.pong());
        }
        if (interaction.kind() == Interaction.Kind.AUTOCOMPLETE) {
            return suggest(interaction);
        }
        boolean component = interaction.kind() == Interaction.Kind.COMPONENT;
        return Mono.defer(() -> {
            // Started at once and kept apart from the first response, so a deferral does not cancel it.
            CompletableFuture<Reply> answer = Mono.defer(() -> handle(interaction))
                    .subscribeOn(Schedulers.boundedElastic())
                    .timeout(handlerTimeout)
                    .onErrorResume(failure -> Mono.just(problems.reply(interaction, failure)))
                    .toFuture();
            return Mono.fromFuture(answer, true).map(renderer::response)
                    .timeout(ANSWER_WINDOW, Mono.fromSupplier(() -> {
                        Mono.fromFuture(answer, true)
                                .flatMap(reply -> discord.editOriginal(interaction.applicationId(),
                                        interaction.token(), reply.modal() == null ? reply : problems.tooSlowForForm()))
                                .subscribe(null, failure -> LOG.warnf("could not deliver the answer to %s: %s",
                                        describe(interaction), failure.toString()));
                        return renderer.deferred(component, deferredEphemerally(interaction));
                    }));
        });
    }

    /** Suggestions cannot be deferred: what is not ready inside the window is simply not suggested. */
    private Mono<InteractionResponseData> suggest(Interaction interaction) {
        return Mono.justOrEmpty(interaction.guildId().flatMap(guild -> catalog.handler(interaction.commandName())))
                .flatMap(handler -> Mono.fromCompletionStage(() -> handler.autocomplete(interaction)
                        .subscribeAsCompletionStage()))
                .timeout(ANSWER_WINDOW)
                .onErrorResume(failure -> {
                    LOG.debugf("no suggestions for /%s: %s", interaction.commandName(), failure.toString());
                    return Mono.empty();
                })
                .defaultIfEmpty(List.of())
                .map(renderer::choices);
    }

    private static String describe(Interaction interaction) {
        return interaction.kind() == Interaction.Kind.COMMAND ? "/" + interaction.commandName()
                : interaction.customId();
    }

    private Mono<Reply> handle(Interaction interaction) {
        if (interaction.guildId().isEmpty()) {
            return Mono.just(Reply.problem("EngageHub commands work inside a server. Run them there, "
                    + "where your points live."));
        }
        String[] parts = switch (interaction.kind()) {
            case COMMAND -> new String[] {interaction.commandName()};
            case COMPONENT, MODAL -> interaction.customId().split(":");
            default -> new String[] {""};
        };
        CommandHandler handler = catalog.handler(parts[0]).orElse(null);
        if (handler == null) {
            return Mono.just(Reply.problem("That command is not available any more. Discord may take a moment "
                    + "to refresh the command list; type `/` to see what is."));
        }
        if (handler.adminOnly() && !isAdmin(interaction)) {
            return Mono.just(Reply.problem("Only server managers (Manage Server permission or the configured "
                    + "admin role) can use /" + handler.name() + "."));
        }
        List<String> args = Arrays.asList(parts).subList(1, parts.length);
        Uni<Reply> reply = switch (interaction.kind()) {
            case COMMAND -> handler.command(interaction);
            case COMPONENT -> handler.button(interaction, args);
            case MODAL -> handler.modal(interaction, args);
            default -> Uni.createFrom().failure(new UserFacingException("That kind of interaction isn't supported."));
        };
        return Mono.fromCompletionStage(reply::subscribeAsCompletionStage);
    }

    private boolean isAdmin(Interaction interaction) {
        if (interaction.managesGuild()) {
            return true;
        }
        String adminRole = guilds.find(interaction.guildId().orElseThrow()).map(guild -> guild.adminRoleId)
                .orElse(null);
        return adminRole != null && interaction.roleIds().contains(adminRole);
    }

    private boolean deferredEphemerally(Interaction interaction) {
        return interaction.kind() != Interaction.Kind.COMMAND
                || catalog.handler(interaction.commandName()).map(CommandHandler::ephemeral).orElse(true);
    }
}
