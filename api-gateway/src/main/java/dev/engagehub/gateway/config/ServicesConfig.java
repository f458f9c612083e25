package dev.engagehub.gateway.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Where the services behind the public API are, and how long to wait for them. */
@ConfigMapping(prefix = "engagehub.services")
public interface ServicesConfig {
    String pointsUrl();

    String rewardsUrl();

    String analyticsUrl();

    Duration timeout();
}
