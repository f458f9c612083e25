package dev.engagehub.bot.discord;

import dev.engagehub.bot.activity.MessageActivity;
import dev.engagehub.bot.activity.ReactionActivity;
import dev.engagehub.bot.activity.VoiceActivity;
import dev.engagehub.bot.guild.GuildOnboarding;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.InteractionRouter;
import discord4j.core.DiscordClient;
import discord4j.core.GatewayDiscordClient;
import discord4j.core.event.domain.Event;
import discord4j.core.event.domain.guild.GuildCreateEvent;
import discord4j.core.event.domain.interaction.InteractionCreateEvent;
import discord4j.core.event.domain.lifecycle.DisconnectEvent;
import discord4j.core.event.domain.lifecycle.ReadyEvent;
import discord4j.core.event.domain.lifecycle.ReconnectEvent;
import discord4j.core.event.domain.lifecycle.ReconnectStartEvent;
import discord4j.core.event.domain.message.MessageCreateEvent;
import discord4j.core.event.domain.message.ReactionAddEvent;
import discord4j.core.event.domain.VoiceStateUpdateEvent;
import discord4j.core.shard.ShardingStrategy;
import discord4j.gateway.intent.Intent;
import discord4j.gateway.intent.IntentSet;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Gateway connection: logs in at startup (in the background, so the service starts even while Discord is
 * away), and hands each event to the part that owns it. A failing handler is logged; the stream goes on.
 */
@ApplicationScoped
public class DiscordGateway {
    private static final Logger LOG = Logger.getLogger(DiscordGateway.class);
    private static final IntentSet INTENTS = IntentSet.of(Intent.GUILDS, Intent.GUILD_MESSAGES,
            Intent.GUILD_MESSAGE_REACTIONS, Intent.GUILD_VOICE_STATES, Intent.DIRECT_MESSAGES);

    private final DiscordClients clients;
    private final DiscordApi discord;
    private final GuildOnboarding onboarding;
    private final InteractionRouter router;
    private final MessageActivity messages;
    private final ReactionActivity reactions;
    private final VoiceActivity voice;
    private final ShardingStrategy sharding;
    private volatile GatewayDiscordClient gateway;
    private volatile boolean ready;
    private volatile String problem = "connecting";

    DiscordGateway(DiscordClients clients, DiscordApi discord, GuildOnboarding onboarding, InteractionRouter router,
                   MessageActivity messages, ReactionActivity reactions, VoiceActivity voice,
                   DiscordSettings settings) {
        this.clients = clients;
        this.discord = discord;
        this.onboarding = onboarding;
        this.router = router;
        this.messages = messages;
        this.reactions = reactions;
        this.voice = voice;
        // A wrong shard setting stops the start: a bot on the wrong shard silently misses guilds.
        this.sharding = GatewaySharding.strategyFor(settings);
    }

    void start(@Observes StartupEvent startup) {
        if (clients.client().isEmpty()) {
            problem = "not connected: ENGAGEHUB_DISCORD_TOKEN is not set";
            LOG.warn("Discord is not connected: ENGAGEHUB_DISCORD_TOKEN is not set. The service runs without the "
                    + "Gateway; only the HTTP interactions endpoint can reach it.");
            return;
        }
        DiscordClient client = clients.client().get();
        client.gateway().setEnabledIntents(INTENTS).setSharding(sharding).login()
                .doOnNext(this::listen)
                .subscribe(connected -> LOG.info("Discord Gateway connected"), failure -> {
                    problem = "login failed: " + failure.getMessage();
                    LOG.errorf("Discord Gateway login failed: %s", failure.toString());
                });
    }

    void stop(@Observes ShutdownEvent shutdown) {
        GatewayDiscordClient connected = gateway;
        if (connected != null) {
            connected.logout().block(Duration.ofSeconds(5));
        }
    }

    /** Whether the Gateway session is up (READY received and not disconnected since). */
    public boolean ready() {
        return ready;
    }

    /** Why it is not, for health and logs. */
    public String problem() {
        return problem;
    }

    private void listen(GatewayDiscordClient connected) {
        gateway = connected;
        on(connected, ReadyEvent.class, event -> Mono.fromRunnable(() -> {
            onboarding.applicationId(Long.parseLong(event.getData().application().id()));
            ready = true;
        }));
        // A resumed session gets no READY, only RESUMED: it is up again all the same.
        on(connected, ReconnectEvent.class, event -> Mono.fromRunnable(() -> ready = true));
        on(connected, ReconnectStartEvent.class, event -> Mono.fromRunnable(() -> {
            ready = false;
            problem = "reconnecting";
        }));
        on(connected, DisconnectEvent.class, event -> Mono.fromRunnable(() -> {
            ready = false;
            problem = "disconnected";
        }));
        on(connected, GuildCreateEvent.class, event -> blocking(() -> onboarding.joined(
                event.getGuild().getId().asString(), event.getGuild().getName())).then());
        on(connected, InteractionCreateEvent.class, event -> answer(new Interaction(event.getInteraction().getData())));
        on(connected, MessageCreateEvent.class, event -> blocking(() -> messages.onMessage(event)).then());
        on(connected, ReactionAddEvent.class, event -> blocking(() -> reactions.onReaction(event)).then());
        on(connected, VoiceStateUpdateEvent.class, event -> blocking(() -> voice.onVoiceState(event)).then());
    }

    private Mono<Void> answer(Interaction interaction) {
        if (router.seenBefore(interaction)) {
            return Mono.empty();
        }
        return router.route(interaction)
                .flatMap(response -> discord.respond(interaction.id(), interaction.token(), response));
    }

    private <E extends Event> void on(GatewayDiscordClient connected, Class<E> type,
                                      Function<E, Publisher<?>> handler) {
        connected.on(type, event -> Mono.from(handler.apply(event)).onErrorResume(failure -> {
            LOG.errorf(failure, "handling %s failed", type.getSimpleName());
            return Mono.empty();
        })).subscribe();
    }

    /** Database and outbox work stays off Discord4J's event threads. */
    private static Mono<Object> blocking(Runnable work) {
        return Mono.fromRunnable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
