package dev.engagehub.bot.discord;

import discord4j.core.shard.ShardingStrategy;

/**
 * Which Gateway shards this instance connects. Discord sends each guild's events to one shard, chosen by
 * {@code (guild_id >> 22) % shard_count}; instances that split the shards between them must agree on the count
 * and each run a different index, or some guilds would be heard twice and others never.
 */
public record GatewaySharding(int count, int index) {
    public GatewaySharding {
        if (count < 1) {
            throw new IllegalArgumentException("ENGAGEHUB_DISCORD_SHARD_COUNT must be at least 1, not " + count);
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("ENGAGEHUB_DISCORD_SHARD_INDEX must be from 0 to " + (count - 1)
                    + " with " + count + " shards, not " + index);
        }
    }

    /** The strategy the settings ask for: all recommended shards here, or exactly one of a fixed count. */
    static ShardingStrategy strategyFor(DiscordSettings settings) {
        if (settings.shardCount().isEmpty()) {
            if (settings.shardIndex().isPresent()) {
                throw new IllegalArgumentException("ENGAGEHUB_DISCORD_SHARD_INDEX needs ENGAGEHUB_DISCORD_SHARD_COUNT");
            }
            return ShardingStrategy.recommended();
        }
        GatewaySharding sharding = new GatewaySharding(settings.shardCount().get(), settings.shardIndex().orElseThrow(
                () -> new IllegalArgumentException("ENGAGEHUB_DISCORD_SHARD_COUNT needs ENGAGEHUB_DISCORD_SHARD_INDEX")));
        return ShardingStrategy.builder().count(sharding.count()).indices(sharding.index()).build();
    }
}
