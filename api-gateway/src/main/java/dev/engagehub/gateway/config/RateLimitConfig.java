package dev.engagehub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Requests allowed per minute, per caller. */
@ConfigMapping(prefix = "engagehub.rate-limits")
public interface RateLimitConfig {
    /** Per member token. */
    @WithDefault("120")
    int memberPerMinute();

    /** Per admin, partner or operator token. */
    @WithDefault("1200")
    int clientPerMinute();

    /** Per partner's webhook endpoint (signed or not: failed signatures count too). */
    @WithDefault("600")
    int partnerPerMinute();
}
