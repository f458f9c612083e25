package dev.engagehub.gateway.client;

import dev.engagehub.gateway.config.ServicesConfig;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The services the gateway delegates to, each with its own guards. */
@ApplicationScoped
public class Upstreams {
    public static final String POINTS = "points-service";
    public static final String REWARDS = "rewards-service";

    @Produces
    @Singleton
    @Named(POINTS)
    Upstream points(Vertx vertx, ServicesConfig config) {
        return new Upstream(POINTS, client(vertx, config), config.pointsUrl(), config.timeout());
    }

    @Produces
    @Singleton
    @Named(REWARDS)
    Upstream rewards(Vertx vertx, ServicesConfig config) {
        return new Upstream(REWARDS, client(vertx, config), config.rewardsUrl(), config.timeout());
    }

    private static WebClient client(Vertx vertx, ServicesConfig config) {
        return WebClient.create(vertx, new WebClientOptions().setConnectTimeout(1_000)
                .setIdleTimeout(30).setKeepAlive(true));
    }
}
