package dev.engagehub.gateway.webhook.providers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engagehub.gateway.webhook.Hmac;
import dev.engagehub.gateway.webhook.MalformedWebhookException;
import dev.engagehub.gateway.webhook.PartnerEvent;
import dev.engagehub.gateway.webhook.WebhookProvider;
import dev.engagehub.gateway.webhook.WebhookRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * GitHub repository webhooks: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, body)>}, delivery id in
 * {@code X-GitHub-Delivery}. A merged pull request earns {@code pull_request_merged} for its author (their GitHub
 * login is the external user id); other events earn nothing. GitHub signs no timestamp, so replays are caught
 * by the delivery id alone.
 */
@ApplicationScoped
public class GitHubProvider implements WebhookProvider {
    public static final String SIGNATURE = "X-Hub-Signature-256";
    public static final String DELIVERY = "X-GitHub-Delivery";
    public static final String EVENT = "X-GitHub-Event";

    @Override
    public String name() {
        return "github";
    }

    @Override
    public Verdict verify(WebhookRequest request, String secret) {
        String signature = request.header(SIGNATURE);
        if (signature == null || !signature.startsWith("sha256=")) {
            return Verdict.BAD_SIGNATURE;
        }
        return Hmac.matches(Hmac.sha256Hex(secret, request.body()), signature.substring(7)) ? Verdict.VALID
                : Verdict.BAD_SIGNATURE;
    }

    @Override
    public String deliveryId(WebhookRequest request) {
        String delivery = request.header(DELIVERY);
        if (delivery == null || delivery.isBlank()) {
            throw new MalformedWebhookException(DELIVERY + " is missing");
        }
        return delivery;
    }

    @Override
    public Optional<PartnerEvent> event(WebhookRequest request) {
        JsonNode body = Json.object(request.body());
        if (!"pull_request".equals(request.header(EVENT)) || !"closed".equals(body.path("action").asText())
                || !body.at("/pull_request/merged").asBoolean(false)) {
            return Optional.empty();
        }
        return Optional.of(new PartnerEvent(null, Json.text(body, "/pull_request/user/login"), "pull_request_merged",
                1, body.at("/pull_request/html_url").asText(null), request.receivedAt()));
    }
}
