package dev.engagehub.gateway.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * One provider's webhook dialect: how its signature is checked and how its payload becomes a {@link PartnerEvent}.
 * Implementations are stateless; the partner's secret is passed in.
 */
public interface WebhookProvider {
    /** How far a signed timestamp may be from now. */
    Duration TOLERANCE = Duration.ofMinutes(5);

    enum Verdict { VALID, BAD_SIGNATURE, STALE }

    /** The name partners are created with ({@code generic}, {@code github}, …). */
    String name();

    Verdict verify(WebhookRequest request, String secret);

    /** The provider's id of this delivery, the key that makes a replay harmless. */
    String deliveryId(WebhookRequest request);

    /**
     * The activity this delivery reports; empty for deliveries that earn nothing (other event types, pings).
     *
     * @throws MalformedWebhookException when the body is not what the provider sends
     */
    Optional<PartnerEvent> event(WebhookRequest request);

    /** A reply the provider expects instead of processing (Twitch's challenge), if any. */
    default Optional<String> handshake(WebhookRequest request) {
        return Optional.empty();
    }
}
