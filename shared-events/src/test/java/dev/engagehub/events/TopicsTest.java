package dev.engagehub.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicsTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldPublishEveryEventTypeToExactlyOneTopic(EventType type) {
        assertThat(Topics.all().stream().filter(topic -> topic.carries(type))).hasSize(1);
    }

    @Test
    void shouldNameTopicsUniquelyWithDeadLetterTwins() {
        assertThat(Topics.all().stream().map(Topic::name).collect(Collectors.toSet())).hasSize(Topics.all().size());
        assertThat(Topics.ACTIVITY.deadLetterTopic()).isEqualTo("engagehub.activity.dlq");
        assertThat(Topics.of(EventType.POINTS_AWARDED)).isEqualTo(Topics.POINTS);
        assertThat(Topics.of(EventType.LEVEL_REACHED)).isEqualTo(Topics.PROGRESS);
        assertThat(Topics.of(EventType.POINTS_DEBITED)).isEqualTo(Topics.DEBITS);
        assertThat(Topics.of(EventType.POINTS_DEBIT_REJECTED)).isEqualTo(Topics.DEBITS);
    }

    @Test
    void shouldFindEveryTypeByItsWireName() {
        assertThat(Arrays.stream(EventType.values()).map(t -> EventType.byWireName(t.wireName()).orElseThrow()))
                .containsExactly(EventType.values());
        assertThat(EventType.byWireName("Unknown")).isEmpty();
    }
}
