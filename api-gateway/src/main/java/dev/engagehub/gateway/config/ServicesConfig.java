package dev.engagehub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the services behind the public API are, and how long to wait for them. */
@ConfigMapping(prefix = "engagehub.services")
public interface ServicesConfig {
    String pointsUrl();

    String rewardsUrl();

    String analyticsUrl();

    Duration timeout();

    /** Connections kept open to each service: how many requests to it can be in flight at once. */
    @WithDefault("64")
    int connections();
}
