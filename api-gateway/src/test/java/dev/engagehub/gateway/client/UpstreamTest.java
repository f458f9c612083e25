package dev.engagehub.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engagehub.gateway.support.GatewayPlatformResource;
import dev.engagehub.kit.rest.ProblemException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpServer;
import io.vertx.mutiny.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relay's guards (SmallRye Fault Tolerance, so inside the app) against a real server failing on purpose. */
@QuarkusTest
@WithTestResource(GatewayPlatformResource.class)
class UpstreamTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static Vertx vertx;
    private static HttpServer server;
    private static final AtomicInteger reads = new AtomicInteger();
    private static final int AT_ONCE = 20;
    private static final List<HttpServerRequest> gathered = new ArrayList<>();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/ok" -> request.response().putHeader("Content-Type", "application/json").endAndForget("{\"a\":1}");
                case "/refused" -> request.response().setStatusCode(409).putHeader("Content-Type",
                        "application/problem+json").endAndForget("{\"title\":\"no\"}");
                case "/flaky" -> {
                    reads.incrementAndGet();
                    request.connection().closeAndForget();
                }
                case "/gathering" -> {
                    // Answers only once AT_ONCE requests are waiting together (all on the server's one event loop).
                    gathered.add(request);
                    if (gathered.size() == AT_ONCE) {
                        gathered.forEach(waiting -> waiting.response().endAndForget("{}"));
                        gathered.clear();
                    }
                }
                case "/slow" -> {
                    // Never answers.
                }
                default -> request.response().setStatusCode(500).endAndForget("boom");
            }
        }).listenAndAwait(0, "127.0.0.1");
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void shouldRelayAnswersAndRefusalsAsTheyAre() {
        Upstream upstream = upstream("ok-service");
        Response ok = upstream.get("/ok", null, "me").await().atMost(TIMEOUT.multipliedBy(5));
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getEntity()).isEqualTo("{\"a\":1}");
        Response refused = upstream.get("/refused", null, "me").await().atMost(TIMEOUT.multipliedBy(5));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getMediaType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void shouldHaveManyRequestsToOneServiceInFlightAtOnce() {
        Upstream upstream = upstream("busy-service");
        List<Uni<Response>> requests = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            requests.add(upstream.get("/gathering", null, "me"));
        }
        List<Response> answers = Uni.join().all(requests).andFailFast().await().atMost(TIMEOUT.multipliedBy(5));
        assertThat(answers).extracting(Response::getStatus).containsOnly(200).hasSize(AT_ONCE);
    }

    @Test
    void shouldRetryReadsButAnswer503WhenTheServiceDoesNotAnswer() {
        Upstream upstream = upstream("flaky-service");
        assertThatThrownBy(() -> upstream.get("/flaky", null, "me").await().atMost(TIMEOUT.multipliedBy(10)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.getMessage())
                        .contains("flaky-service"));
        assertThat(reads.get()).isEqualTo(3);
        assertThatThrownBy(() -> upstream.get("/slow", null, "me").await().atMost(TIMEOUT.multipliedBy(10)))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldOpenTheCircuitWhenTheServiceKeepsFailing() {
        Upstream upstream = upstream("failing-service");
        for (int i = 0; i < 20; i++) {
            assertThat(upstream.get("/error", null, "me").await().atMost(TIMEOUT.multipliedBy(5)).getStatus())
                    .isEqualTo(500);
        }
        assertThatThrownBy(() -> upstream.get("/ok", null, "me").await().atMost(TIMEOUT.multipliedBy(5)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.getMessage())
                        .contains("has been failing"));
    }

    private static Upstream upstream(String name) {
        return new Upstream(name, vertx, "http://127.0.0.1:" + server.actualPort(), TIMEOUT, 64);
    }
}
