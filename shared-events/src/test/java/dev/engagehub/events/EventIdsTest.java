package dev.engagehub.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void shouldMakeVersion7IdsThatSortByTime() {
        // Given
        UUID earlier = EventIds.at(1_700_000_000_000L);
        UUID later = EventIds.at(1_700_000_000_001L);

        // Then
        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(EventIds.timestampOf(earlier)).isEqualTo(1_700_000_000_000L);
        assertThat(earlier.toString()).isLessThan(later.toString());
    }

    @Test
    void shouldMakeDistinctIdsWithinOneMillisecond() {
        assertThat(EventIds.at(1L)).isNotEqualTo(EventIds.at(1L));
    }
}
