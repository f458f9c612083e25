package dev.engagehub.gateway.support;

import static io.restassured.RestAssured.given;

import dev.engagehub.gateway.webhook.Hmac;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Signs deliveries the way each provider does. */
public final class Webhooks {
    private Webhooks() {
    }

    public static RequestSpecification generic(String secret, String body, Instant at) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return given().header("X-EngageHub-Timestamp", timestamp)
                .header("X-EngageHub-Signature", "v1=" + Hmac.sha256Hex(secret, Hmac.utf8(timestamp + "."),
                        Hmac.utf8(body)))
                .contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }

    public static RequestSpecification github(String secret, String event, String delivery, String body) {
        return given().header("X-GitHub-Event", event).header("X-GitHub-Delivery", delivery)
                .header("X-Hub-Signature-256", "sha256=" + Hmac.sha256Hex(secret, Hmac.utf8(body)))
                .contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }

    public static RequestSpecification stripe(String secret, String body, Instant at) {
        String t = String.valueOf(at.getEpochSecond());
        return given().header("Stripe-Signature", "t=" + t + ",v1=" + Hmac.sha256Hex(secret, Hmac.utf8(t + "."),
                        Hmac.utf8(body)))
                .contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }

    public static RequestSpecification twitch(String secret, String type, String messageId, String body, Instant at) {
        String timestamp = at.toString();
        return given().header("Twitch-Eventsub-Message-Id", messageId)
                .header("Twitch-Eventsub-Message-Timestamp", timestamp)
                .header("Twitch-Eventsub-Message-Type", type)
                .header("Twitch-Eventsub-Message-Signature", "sha256=" + Hmac.sha256Hex(secret,
                        Hmac.utf8(messageId + timestamp), Hmac.utf8(body)))
                .contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }
}
