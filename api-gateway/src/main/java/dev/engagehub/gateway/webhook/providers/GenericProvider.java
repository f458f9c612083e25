package dev.engagehub.gateway.webhook.providers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engagehub.gateway.webhook.Hmac;
import dev.engagehub.gateway.webhook.MalformedWebhookException;
import dev.engagehub.gateway.webhook.PartnerEvent;
import dev.engagehub.gateway.webhook.WebhookProvider;
import dev.engagehub.gateway.webhook.WebhookRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * EngageHub's own format, for any partner. Headers: {@code X-EngageHub-Timestamp} (Unix seconds),
 * {@code X-EngageHub-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}. Body:
 * {@code {"id", "action", "memberId" | "externalUserId", "quantity"?, "occurredAt"?, "reference"?}};
 * {@code id} identifies the delivery.
 */
@ApplicationScoped
public class GenericProvider implements WebhookProvider {
    public static final String TIMESTAMP = "X-EngageHub-Timestamp";
    public static final String SIGNATURE = "X-EngageHub-Signature";

    @Override
    public String name() {
        return "generic";
    }

    @Override
    public Verdict verify(WebhookRequest request, String secret) {
        String timestamp = request.header(TIMESTAMP);
        String signature = request.header(SIGNATURE);
        if (timestamp == null || !timestamp.matches("\\d{1,12}") || signature == null || !signature.startsWith("v1=")) {
            return Verdict.BAD_SIGNATURE;
        }
        String expected = Hmac.sha256Hex(secret, Hmac.utf8(timestamp + "."), request.body());
        if (!Hmac.matches(expected, signature.substring(3))) {
            return Verdict.BAD_SIGNATURE;
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        return Duration.between(signedAt, request.receivedAt()).abs().compareTo(TOLERANCE) > 0 ? Verdict.STALE
                : Verdict.VALID;
    }

    @Override
    public String deliveryId(WebhookRequest request) {
        return Json.text(Json.object(request.body()), "/id");
    }

    @Override
    public Optional<PartnerEvent> event(WebhookRequest request) {
        JsonNode body = Json.object(request.body());
        String memberId = body.path("memberId").isTextual() ? body.get("memberId").asText() : null;
        String externalId = body.path("externalUserId").isValueNode() ? body.get("externalUserId").asText() : null;
        if ((memberId == null) == (externalId == null)) {
            throw new MalformedWebhookException("give exactly one of memberId and externalUserId");
        }
        JsonNode quantity = body.path("quantity");
        if (!quantity.isMissingNode() && !quantity.canConvertToLong()) {
            throw new MalformedWebhookException("quantity must be a whole number");
        }
        Instant occurredAt = body.has("occurredAt") ? Json.instant(body.get("occurredAt").asText(), "occurredAt")
                : request.receivedAt();
        return Optional.of(new PartnerEvent(memberId, externalId, Json.text(body, "/action"),
                quantity.isMissingNode() ? 1 : quantity.asLong(), body.path("reference").asText(null), occurredAt));
    }
}
