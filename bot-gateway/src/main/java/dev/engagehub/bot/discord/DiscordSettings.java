package dev.engagehub.bot.discord;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the bot reaches Discord. Secrets (token, public key) come only from the environment. */
@ConfigMapping(prefix = "engagehub.discord")
public interface DiscordSettings {
    /** The bot token; without it the gateway stays disconnected and health says so. */
    Optional<String> token();

    /** The application's public key (hex), which signs requests to the HTTP interactions endpoint. */
    Optional<String> publicKey();

    /** Discord's REST base URL; tests point it at a local fake Discord. */
    @WithDefault("https://discord.com/api/v10")
    String apiUrl();

    /** A member earns message XP at most once per this period (points-service has its own cooldown too). */
    @WithDefault("PT60S")
    Duration messageCooldown();

    /**
     * How many Gateway shards all instances run together; with {@link #shardIndex()}, this instance runs only
     * that one. Unset: this instance runs every shard Discord recommends.
     */
    Optional<Integer> shardCount();

    /** This instance's shard, 0-based (a StatefulSet pod's ordinal); needed with {@link #shardCount()}. */
    Optional<Integer> shardIndex();

    /** The longest a command handler may run before the member is told it failed. */
    @WithDefault("PT10S")
    Duration handlerTimeout();
}
