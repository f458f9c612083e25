package dev.engagehub.bot.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CooldownsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void shouldLetAKeyThroughOncePerPeriod() {
        Cooldowns cooldowns = new Cooldowns(Duration.ofSeconds(60));
        assertThat(cooldowns.tryAcquire("g:m", NOW)).isTrue();
        assertThat(cooldowns.tryAcquire("g:m", NOW.plusSeconds(59))).isFalse();
        assertThat(cooldowns.tryAcquire("g:other", NOW.plusSeconds(59))).isTrue();
        assertThat(cooldowns.tryAcquire("g:m", NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void shouldLetEveryMessageThroughWithoutAPeriodEvenWhenClocksArriveOutOfOrder() {
        Cooldowns cooldowns = new Cooldowns(Duration.ZERO);
        assertThat(cooldowns.tryAcquire("g:m", NOW)).isTrue();
        assertThat(cooldowns.tryAcquire("g:m", NOW.minusMillis(1))).isTrue();
        assertThat(cooldowns.tryAcquire("g:m", NOW)).isTrue();
    }
}
