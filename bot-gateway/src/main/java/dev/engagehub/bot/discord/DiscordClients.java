package dev.engagehub.bot.discord;

import discord4j.core.DiscordClient;
import discord4j.core.DiscordClientBuilder;
import discord4j.rest.request.RouterOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The Discord4J client, built from the token and REST base URL; absent when no token is configured. */
@ApplicationScoped
public class DiscordClients {
    private final Optional<DiscordClient> client;

    public DiscordClients(DiscordSettings settings) {
        client = settings.token().filter(token -> !token.isBlank()).map(token -> DiscordClientBuilder.create(token)
                .setExtraOptions(options -> new RouterOptions(options.getToken(), options.getReactorResources(),
                        options.getExchangeStrategies(), options.getResponseTransformers(),
                        options.getGlobalRateLimiter(), options.getRequestQueueFactory(), settings.apiUrl()))
                .build());
    }

    public Optional<DiscordClient> client() {
        return client;
    }

    /** The client, or a clear failure when the bot has no token. */
    public DiscordClient require() {
        return client.orElseThrow(() -> new IllegalStateException(
                "Discord is not connected: ENGAGEHUB_DISCORD_TOKEN is not set"));
    }
}
