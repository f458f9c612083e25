package dev.engagehub.gateway.webhook.providers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engagehub.gateway.webhook.Hmac;
import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.gateway.webhook.PartnerEvent;
import dev.engagehub.gateway.webhook.WebhookProvider;
import dev.engagehub.gateway.webhook.WebhookRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Twitch EventSub over webhooks: {@code Twitch-Eventsub-Message-Signature: sha256=<hex HMAC-SHA256(secret,
 * message id + timestamp + body)>}, timestamp RFC 3339. The subscription handshake is answered with its
 * challenge; notifications of follows, subscriptions and cheers earn {@code twitch_follow},
 * {@code twitch_subscribe} and {@code twitch_cheer} (bits as the quantity) for the viewer's Twitch user id.
 */
@ApplicationScoped
public class TwitchProvider implements WebhookProvider {
    public static final String ID = "Twitch-Eventsub-Message-Id";
    public static final String TIMESTAMP = "Twitch-Eventsub-Message-Timestamp";
    public static final String SIGNATURE = "Twitch-Eventsub-Message-Signature";
    public static final String TYPE = "Twitch-Eventsub-Message-Type";
    private static final Map<String, String> ACTIONS = Map.of("channel.follow", "twitch_follow",
            "channel.subscribe", "twitch_subscribe", "channel.cheer", "twitch_cheer");

    @Override
    public String name() {
        return "twitch";
    }

    @Override
    public Verdict verify(WebhookRequest request, String secret) {
        String id = request.header(ID);
        String timestamp = request.header(TIMESTAMP);
        String signature = request.header(SIGNATURE);
        if (id == null || timestamp == null || signature == null || !signature.startsWith("sha256=")) {
            return Verdict.BAD_SIGNATURE;
        }
        if (!Hmac.matches(Hmac.sha256Hex(secret, Hmac.utf8(id + timestamp), request.body()), signature.substring(7))) {
            return Verdict.BAD_SIGNATURE;
        }
        Instant signedAt;
        try {
            signedAt = Instant.parse(timestamp);
        } catch (RuntimeException e) {
            return Verdict.BAD_SIGNATURE;
        }
        return Duration.between(signedAt, request.receivedAt()).abs().compareTo(TOLERANCE) > 0 ? Verdict.STALE
                : Verdict.VALID;
    }

    @Override
    public String deliveryId(WebhookRequest request) {
        return request.header(ID);
    }

    @Override
    public Optional<String> handshake(WebhookRequest request) {
        if (!"webhook_callback_verification".equals(request.header(TYPE))) {
            return Optional.empty();
        }
        return Optional.of(Json.text(Json.object(request.body()), "/challenge"));
    }

    @Override
    public Optional<PartnerEvent> event(WebhookRequest request) {
        if (!"notification".equals(request.header(TYPE))) {
            return Optional.empty();
        }
        JsonNode body = Json.object(request.body());
        String action = ACTIONS.get(body.at("/subscription/type").asText());
        if (action == null) {
            return Optional.empty();
        }
        JsonNode event = body.path("event");
        if (event.path("is_anonymous").asBoolean(false)) {
            return Optional.empty();
        }
        // Bits beyond an event's largest quantity are counted as the largest: the rule's daily cap binds anyway.
        long quantity = action.equals("twitch_cheer")
                ? Math.min(ActivityRecorded.MAX_QUANTITY, Math.max(1, event.path("bits").asLong(1))) : 1;
        return Optional.of(new PartnerEvent(null, Json.text(event, "/user_id"), action, quantity,
                request.header(ID), request.receivedAt()));
    }
}
