package dev.engagehub.points.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Usage folds awards the way the store merges rows, so a batch scored in memory matches one at a time. */
class ActionUsageTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void shouldAddPointsOnTheSameDayAndStartOverOnANewOne() {
        ActionUsage usage = ActionUsage.NONE.after(NOON, MONDAY, 20).after(NOON.plusSeconds(60), MONDAY, 15);
        assertThat(usage).isEqualTo(new ActionUsage(NOON.plusSeconds(60), MONDAY, 35));
        assertThat(usage.after(NOON.plusSeconds(86_400), MONDAY.plusDays(1), 5))
                .isEqualTo(new ActionUsage(NOON.plusSeconds(86_400), MONDAY.plusDays(1), 5));
    }

    @Test
    void shouldNeverMoveTheClockOrTheDayBackForALateEvent() {
        ActionUsage tuesday = new ActionUsage(NOON.plusSeconds(86_400), MONDAY.plusDays(1), 40);
        assertThat(tuesday.after(NOON, MONDAY, 25)).isEqualTo(tuesday);
    }
}
