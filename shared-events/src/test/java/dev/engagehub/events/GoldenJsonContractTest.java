package dev.engagehub.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wire contract: every event has a golden JSON sample that must keep reading back to the same event.
 * A change that breaks reading an old sample fails here; add a new schema version instead.
 */
class GoldenJsonContractTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldReadGoldenSampleBackToTheSameEvent(EventType type) throws IOException {
        // Given
        String golden = golden(type);

        // When
        EventEnvelope<?> decoded = EventCodec.decode(golden);

        // Then
        assertThat(decoded).isEqualTo(GoldenSamples.envelope(type));
        assertThat(decoded.payload()).isInstanceOf(type.payloadType());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldWriteEventsExactlyAsTheGoldenSample(EventType type) throws IOException {
        // Given
        JsonNode golden = EventCodec.mapper().readTree(golden(type));

        // When
        JsonNode written = EventCodec.mapper().readTree(EventCodec.encode(GoldenSamples.envelope(type)));

        // Then
        assertThat(written).isEqualTo(golden);
    }

    private static String golden(EventType type) throws IOException {
        try (InputStream in = GoldenJsonContractTest.class.getResourceAsStream(GoldenSamples.resourceName(type))) {
            assertThat(in).as("golden sample %s", GoldenSamples.resourceName(type)).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
