package dev.engagehub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventCodecTest {

    @Test
    void shouldRoundTripANewEvent() {
        // Given
        EventEnvelope<ActivityRecorded> event = EventEnvelope.of("guild-1", "member-1", "discord",
                ActivityRecorded.of("daily_checkin"));

        // When
        EventEnvelope<ActivityRecorded> read = EventCodec.decode(EventCodec.encode(event), ActivityRecorded.class);

        // Then
        assertThat(read).isEqualTo(event);
        assertThat(read.key()).isEqualTo("guild-1:member-1");
        assertThat(read.correlationId()).isEqualTo(event.eventId().toString());
    }

    @Test
    void shouldIgnoreFieldsAddedByNewerProducers() {
        // Given
        String json = EventCodec.encode(GoldenSamples.envelope(EventType.BADGE_EARNED))
                .replace("\"payload\":{", "\"payload\":{\"rarity\":\"epic\",");

        // When
        EventEnvelope<?> read = EventCodec.decode(json);

        // Then
        assertThat(read.payload()).isEqualTo(new BadgeEarned("streak-7", "Week Warrior"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|empty record",
            "not json|not JSON",
            "[1,2]|not a JSON object",
            "{\"type\":\"Nope\",\"payload\":{}}|unknown event type: Nope",
            "{\"hello\":\"world\"}|unknown event type: null",
            "{\"type\":\"BadgeEarned\"}|BadgeEarned has no payload object",
    })
    void shouldExplainWhyARecordIsUnreadable(String json, String reason) {
        assertThatThrownBy(() -> EventCodec.decode(json))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void shouldRejectPayloadsThatBreakTheirInvariants() {
        // Given a debit with negative points
        String json = EventCodec.encode(GoldenSamples.envelope(EventType.POINTS_DEBITED))
                .replace("\"points\":500", "\"points\":-500");

        // Then
        assertThatThrownBy(() -> EventCodec.decode(json))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("PointsDebited: points must be positive");
    }

    @Test
    void shouldRejectEnvelopesWithoutTheirRequiredFields() {
        String json = EventCodec.encode(GoldenSamples.envelope(EventType.BADGE_EARNED))
                .replace("\"communityId\":\"guild-1001\",", "");

        assertThatThrownBy(() -> EventCodec.decode(json))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("communityId is required");
    }

    @Test
    void shouldRejectIdentifiersThatCouldBreakKeys() {
        String json = EventCodec.encode(GoldenSamples.envelope(EventType.BADGE_EARNED))
                .replace("member-42", "member 42\\n;DROP");

        assertThatThrownBy(() -> EventCodec.decode(json))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("memberId must be");
    }

    @Test
    void shouldRefuseOversizedRecordsBeforeParsing() {
        String json = "{\"pad\":\"" + "x".repeat(EventCodec.MAX_EVENT_BYTES) + "\"}";

        assertThatThrownBy(() -> EventCodec.decode(json))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void shouldRefuseAPayloadOfTheWrongKind() {
        String json = EventCodec.encode(GoldenSamples.envelope(EventType.BADGE_EARNED));

        assertThatThrownBy(() -> EventCodec.decode(json, ActivityRecorded.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("expected ActivityRecorded but got BadgeEarned");
    }
}
