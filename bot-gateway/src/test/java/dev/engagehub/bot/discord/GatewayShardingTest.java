package dev.engagehub.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GatewayShardingTest {
    @Test
    void shouldAcceptEachIndexBelowTheCount() {
        assertThat(new GatewaySharding(3, 0).index()).isZero();
        assertThat(new GatewaySharding(3, 2).index()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnIndexOutsideTheShardsWithTheVariablesToFix() {
        assertThatThrownBy(() -> new GatewaySharding(3, 3)).hasMessageContaining("ENGAGEHUB_DISCORD_SHARD_INDEX")
                .hasMessageContaining("from 0 to 2");
        assertThatThrownBy(() -> new GatewaySharding(2, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GatewaySharding(0, 0)).hasMessageContaining("ENGAGEHUB_DISCORD_SHARD_COUNT");
    }
}
