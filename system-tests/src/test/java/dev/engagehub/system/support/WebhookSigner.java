package dev.engagehub.system.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs a delivery as a {@code generic} partner does (README: Partner webhooks). */
public final class WebhookSigner {
    private WebhookSigner() {
    }

    /** {@code request} carrying {@code body}, timestamped now and signed with the partner's secret. */
    public static RequestSpecification generic(String secret, String body, RequestSpecification request) {
        long timestamp = Instant.now().getEpochSecond();
        return request.contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .header("X-EngageHub-Timestamp", String.valueOf(timestamp))
                .header("X-EngageHub-Signature", signature(secret, timestamp, body));
    }

    /** {@code v1=hex(HMAC-SHA256(secret, timestamp + "." + body))}. */
    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
