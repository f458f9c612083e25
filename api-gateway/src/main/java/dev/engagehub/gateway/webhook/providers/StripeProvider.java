package dev.engagehub.gateway.webhook.providers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engagehub.gateway.webhook.Hmac;
import dev.engagehub.gateway.webhook.PartnerEvent;
import dev.engagehub.gateway.webhook.WebhookProvider;
import dev.engagehub.gateway.webhook.WebhookRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Stripe-style webhooks: {@code Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>} (any of
 * several {@code v1}), event id in the body. A completed checkout or paid invoice earns {@code purchase} for the
 * customer: {@code client_reference_id} if the checkout set one (an EngageHub member id), else the Stripe
 * customer id as the external user id.
 */
@ApplicationScoped
public class StripeProvider implements WebhookProvider {
    public static final String SIGNATURE = "Stripe-Signature";
    private static final Set<String> PURCHASES = Set.of("checkout.session.completed", "invoice.paid");

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public Verdict verify(WebhookRequest request, String secret) {
        String header = request.header(SIGNATURE);
        if (header == null) {
            return Verdict.BAD_SIGNATURE;
        }
        String timestamp = Arrays.stream(header.split(",")).map(String::trim).filter(part -> part.startsWith("t="))
                .map(part -> part.substring(2)).findFirst().orElse("");
        if (!timestamp.matches("\\d{1,12}")) {
            return Verdict.BAD_SIGNATURE;
        }
        String expected = Hmac.sha256Hex(secret, Hmac.utf8(timestamp + "."), request.body());
        boolean signed = Arrays.stream(header.split(",")).map(String::trim).filter(part -> part.startsWith("v1="))
                .anyMatch(part -> Hmac.matches(expected, part.substring(3)));
        if (!signed) {
            return Verdict.BAD_SIGNATURE;
        }
        return Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), request.receivedAt()).abs()
                .compareTo(TOLERANCE) > 0 ? Verdict.STALE : Verdict.VALID;
    }

    @Override
    public String deliveryId(WebhookRequest request) {
        return Json.text(Json.object(request.body()), "/id");
    }

    @Override
    public Optional<PartnerEvent> event(WebhookRequest request) {
        JsonNode body = Json.object(request.body());
        if (!PURCHASES.contains(body.path("type").asText())) {
            return Optional.empty();
        }
        JsonNode payment = body.at("/data/object");
        String member = payment.path("client_reference_id").asText(null);
        Instant created = body.has("created") ? Instant.ofEpochSecond(body.get("created").asLong())
                : request.receivedAt();
        return Optional.of(member != null
                ? new PartnerEvent(member, null, "purchase", 1, Json.text(body, "/id"), created)
                : new PartnerEvent(null, Json.text(body, "/data/object/customer"), "purchase", 1,
                Json.text(body, "/id"), created));
    }
}
