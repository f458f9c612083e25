package dev.engagehub.gateway.webhook.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engagehub.gateway.webhook.MalformedWebhookException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reading provider payloads: a JSON object or a clear refusal. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode object(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new MalformedWebhookException("the body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new MalformedWebhookException("the body is not valid JSON");
        }
    }

    static String text(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new MalformedWebhookException(pointer.substring(1).replace('/', '.') + " is missing");
        }
        return value.asText();
    }

    static Instant instant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedWebhookException(field + " must be an ISO-8601 instant");
        }
    }
}
