package dev.engagehub.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * The one way events become JSON and back. Readers are tolerant: unknown fields are ignored so that
 * an older consumer keeps reading events a newer producer enriched.
 */
public final class EventCodec {
    /** Larger records are refused before parsing: no legitimate event comes near it. */
    public static final int MAX_EVENT_BYTES = 64 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private EventCodec() {
    }

    public static String encode(EventEnvelope<?> envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + envelope.type(), e);
        }
    }

    /** Reads an envelope, or explains in the exception's message why it cannot. */
    public static EventEnvelope<?> decode(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record");
        }
        if (json.length() > MAX_EVENT_BYTES) {
            throw new MalformedEventException("record larger than " + MAX_EVENT_BYTES + " bytes");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new MalformedEventException("not a JSON object");
        }
        String typeName = root.path("type").asText(null);
        EventType type = EventType.byWireName(typeName)
                .orElseThrow(() -> new MalformedEventException("unknown event type: " + typeName));
        JsonNode payloadNode = root.get("payload");
        if (payloadNode == null || !payloadNode.isObject()) {
            throw new MalformedEventException(typeName + " has no payload object");
        }
        try {
            EventPayload payload = MAPPER.treeToValue(payloadNode, type.payloadType());
            return new EventEnvelope<>(
                    MAPPER.treeToValue(root.get("eventId"), UUID.class),
                    typeName,
                    root.path("schemaVersion").asInt(0),
                    root.path("communityId").asText(null),
                    root.hasNonNull("memberId") ? root.get("memberId").asText() : null,
                    MAPPER.treeToValue(root.get("occurredAt"), Instant.class),
                    root.path("source").asText(null),
                    root.path("correlationId").asText(null),
                    payload);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(typeName + ": " + rootMessage(e), e);
        }
    }

    /** Decodes and checks the payload is of the expected kind. */
    public static <T extends EventPayload> EventEnvelope<T> decode(String json, Class<T> payloadType) {
        EventEnvelope<?> envelope = decode(json);
        if (!payloadType.isInstance(envelope.payload())) {
            throw new MalformedEventException("expected " + payloadType.getSimpleName() + " but got " + envelope.type());
        }
        @SuppressWarnings("unchecked")
        EventEnvelope<T> typed = (EventEnvelope<T>) envelope;
        return typed;
    }

    /** A copy of the codec's mapper, for tests and tools that read event JSON as trees. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
