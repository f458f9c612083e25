package dev.engagehub.gateway.webhook;

/** The body or headers are not what the provider sends. */
public class MalformedWebhookException extends RuntimeException {
    public MalformedWebhookException(String message) {
        super(message, null, false, false);
    }
}
