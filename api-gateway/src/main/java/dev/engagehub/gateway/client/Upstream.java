package dev.engagehub.gateway.client;

import dev.engagehub.kit.rest.Actors;
import dev.engagehub.kit.rest.ProblemException;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import io.vertx.mutiny.core.http.HttpClientResponse;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * One service behind the public API. Requests are relayed as they are (status, problem+json and all), with the
 * caller as {@code X-Actor-Id}. Each service has its own guards: a timeout, a circuit breaker that opens when
 * it keeps failing (5xx or no answer), and for reads only, a retry, since repeating a read is harmless.
 */
public final class Upstream {
    private final String name;
    private final WebClient client;
    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final TypedGuard<Uni<Response>> reads;
    private final TypedGuard<Uni<Response>> writes;

    public Upstream(String name, Vertx vertx, String baseUrl, Duration timeout, int connections) {
        this.name = name;
        // Vert.x keeps 5 connections per host unless told: every request beyond would queue behind them.
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(1_000).setKeepAlive(true)
                .setMaxPoolSize(connections));
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1_000)
                .setMaxPoolSize(connections));
        this.base = URI.create(baseUrl);
        this.timeout = timeout;
        this.writes = guard(name, timeout, false);
        this.reads = guard(name + "-reads", timeout, true);
    }

    public Uni<Response> get(String path, MultivaluedMap<String, String> query, String actor) {
        return get(path, query, actor, Map.of());
    }

    /** A read with headers of the caller's passed on (such as {@code Accept}). */
    public Uni<Response> get(String path, MultivaluedMap<String, String> query, String actor,
                             Map<String, String> headers) {
        return relay(reads, HttpMethod.GET, path, query, actor, headers, null, null);
    }

    public Uni<Response> send(HttpMethod method, String path, String actor, Map<String, String> headers,
                              String contentType, String body) {
        return relay(writes, method, path, null, actor, headers, contentType, body);
    }

    /**
     * A download relayed as it arrives (exports can be millions of rows): no retries, nothing held in memory.
     * The service's status, type and disposition come through; so does a refusal's problem+json.
     */
    public RestMulti<byte[]> stream(String path, MultivaluedMap<String, String> query, String actor) {
        StringBuilder uri = new StringBuilder(path);
        if (query != null && !query.isEmpty()) {
            uri.append('?').append(query.entrySet().stream().flatMap(entry -> entry.getValue().stream()
                    .map(value -> encode(entry.getKey()) + "=" + encode(value))).collect(Collectors.joining("&")));
        }
        Uni<HttpClientResponse> response = http.request(new RequestOptions().setMethod(HttpMethod.GET)
                        .setHost(base.getHost()).setPort(base.getPort()).setURI(uri.toString())
                        .putHeader(Actors.HEADER, actor).setIdleTimeout(timeout.toMillis()))
                .flatMap(HttpClientRequest::send)
                .onFailure().transform(failure -> new ProblemException(503, "upstream-unavailable",
                        name + " unavailable", name + " did not answer. Please try again shortly."));
        return RestMulti.fromUniResponse(response, answer -> answer.toMulti().map(Buffer::getBytes),
                answer -> headers(answer, "Content-Type", "Content-Disposition"), HttpClientResponse::statusCode);
    }

    private static Map<String, List<String>> headers(HttpClientResponse response, String... names) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : names) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, List.of(value));
            }
        }
        return headers;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Uni<Response> relay(TypedGuard<Uni<Response>> guard, HttpMethod method, String path,
                                MultivaluedMap<String, String> query, String actor, Map<String, String> headers,
                                String contentType, String body) {
        return guard.get(() -> {
            HttpRequest<Buffer> request = client.request(method, base.getPort(), base.getHost(), path);
            if (query != null) {
                query.forEach((key, values) -> values.forEach(value -> request.addQueryParam(key, value)));
            }
            if (actor != null) {
                request.putHeader(Actors.HEADER, actor);
            }
            headers.forEach((key, value) -> {
                if (value != null) {
                    request.putHeader(key, value);
                }
            });
            Uni<HttpResponse<Buffer>> sent = body == null ? request.send()
                    : request.putHeader("Content-Type", contentType).sendBuffer(Buffer.buffer(body));
            return sent.map(Upstream::toResponse).invoke(response -> {
                if (response.getStatus() >= 500) {
                    throw new UpstreamFailure(response);
                }
            });
        }).onFailure(UpstreamFailure.class).recoverWithItem(failure -> ((UpstreamFailure) failure).response)
                .onFailure().transform(failure -> failure instanceof ProblemException ? failure
                        : new ProblemException(503, "upstream-unavailable", name + " unavailable",
                        failure instanceof CircuitBreakerOpenException
                                ? name + " has been failing; requests are paused for a few seconds."
                                : name + " did not answer in time. Please try again shortly."));
    }

    private static Response toResponse(HttpResponse<Buffer> upstream) {
        Response.ResponseBuilder response = Response.status(upstream.statusCode());
        String type = upstream.getHeader("Content-Type");
        if (type != null) {
            response.type(type);
        }
        Buffer body = upstream.body();
        return body == null ? response.build() : response.entity(body.toString()).build();
    }

    private static TypedGuard<Uni<Response>> guard(String name, Duration timeout, boolean retry) {
        TypedGuard.Builder<Uni<Response>> builder = TypedGuard.create(new TypeLiteral<Uni<Response>>() {
                })
                .withDescription(name)
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().requestVolumeThreshold(20).failureRatio(0.5).delay(5, ChronoUnit.SECONDS)
                .done();
        if (retry) {
            builder = builder.withRetry().maxRetries(2).delay(100, ChronoUnit.MILLIS)
                    .abortOn(UpstreamFailure.class).done();
        }
        return builder.build();
    }

    /** A 5xx answer: relayed to the caller, but counted as a failure by the circuit breaker. */
    private static final class UpstreamFailure extends RuntimeException {
        private final transient Response response;

        UpstreamFailure(Response response) {
            super("upstream answered " + response.getStatus(), null, false, false);
            this.response = response;
        }
    }
}
