package dev.engagehub.gateway.webhook;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** A webhook as received: headers (case-insensitive), the raw body the signature covers, and when it came. */
public record WebhookRequest(Map<String, String> headers, byte[] body, Instant receivedAt) {
    public WebhookRequest {
        Map<String, String> insensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        insensitive.putAll(headers);
        headers = insensitive;
    }

    public String header(String name) {
        return headers.get(name);
    }
}
