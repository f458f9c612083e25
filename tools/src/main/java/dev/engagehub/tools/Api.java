package dev.engagehub.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engagehub.events.EventCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The public API as a client app sees it: JSON in and out, bearer tokens, refusals as exceptions. */
public final class Api {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = EventCodec.mapper();
    private final String base;

    public Api(String gatewayUrl) {
        this.base = gatewayUrl.replaceAll("/+$", "");
    }

    public JsonNode get(String token, String path) {
        return send(token, "GET", path, null, null, null);
    }

    public JsonNode put(String token, String path, Object body) {
        return send(token, "PUT", path, body, null, null);
    }

    public JsonNode post(String token, String path, Object body) {
        return post(token, path, body, UUID.randomUUID().toString());
    }

    /** A POST a client may repeat: the same key makes a repeat return the first answer. */
    public JsonNode post(String token, String path, Object body, String idempotencyKey) {
        return send(token, "POST", path, body, idempotencyKey, null);
    }

    public JsonNode postText(String token, String path, String text) {
        return send(token, "POST", path, null, null, text);
    }

    private JsonNode send(String token, String method, String path, Object body, String idempotencyKey,
                          String text) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            if (text != null) {
                request.header("Content-Type", "text/csv").method(method, HttpRequest.BodyPublishers.ofString(text));
            } else if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new Refused(method + " " + path + " answered " + response.statusCode() + ": " + response.body(),
                        response.statusCode());
            }
            return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the API at " + base + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                body.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return body;
    }

    /** A refusal by the API, with its status. */
    public static final class Refused extends RuntimeException {
        public final int status;

        Refused(String message, int status) {
            super(message);
            this.status = status;
        }
    }
}
