package dev.engagehub.gateway.client;

import dev.engagehub.gateway.config.ServicesConfig;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The services the gateway delegates to, each with its own guards. */
@ApplicationScoped
public class Upstreams {
    public static final String POINTS = "points-service";
    public static final String REWARDS = "rewards-service";
    public static final String ANALYTICS = "analytics-service";

    @Produces
    @Singleton
    @Named(POINTS)
    Upstream points(Vertx vertx, ServicesConfig config) {
        return new Upstream(POINTS, vertx, config.pointsUrl(), config.timeout(), config.connections());
    }

    @Produces
    @Singleton
    @Named(REWARDS)
    Upstream rewards(Vertx vertx, ServicesConfig config) {
        return new Upstream(REWARDS, vertx, config.rewardsUrl(), config.timeout(), config.connections());
    }

    @Produces
    @Singleton
    @Named(ANALYTICS)
    Upstream analytics(Vertx vertx, ServicesConfig config) {
        return new Upstream(ANALYTICS, vertx, config.analyticsUrl(), config.timeout(), config.connections());
    }
}
