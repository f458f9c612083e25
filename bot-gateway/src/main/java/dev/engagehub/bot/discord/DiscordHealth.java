package dev.engagehub.bot.discord;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the Discord connection. Without a token the bot is deliberately offline: ready (the HTTP
 * endpoint still serves), with {@code connected: false} and the reason. With a token, not ready until the
 * Gateway session is up.
 */
@Readiness
@ApplicationScoped
public class DiscordHealth implements HealthCheck {
    private final DiscordClients clients;
    private final DiscordGateway gateway;

    DiscordHealth(DiscordClients clients, DiscordGateway gateway) {
        this.clients = clients;
        this.gateway = gateway;
    }

    @Override
    public HealthCheckResponse call() {
        boolean configured = clients.client().isPresent();
        boolean connected = gateway.ready();
        var response = HealthCheckResponse.named("discord").withData("connected", connected);
        if (!connected) {
            response.withData("reason", gateway.problem());
        }
        return response.status(connected || !configured).build();
    }
}
