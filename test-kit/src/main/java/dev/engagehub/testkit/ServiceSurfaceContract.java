package dev.engagehub.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What operators and clients expect of every EngageHub service: readiness that covers its real
 * dependencies, Prometheus metrics, an OpenAPI document with Swagger UI, and problem+json errors.
 * Each service's test extends it as a {@code @QuarkusTest} with {@link KafkaBrokerResource}.
 */
public abstract class ServiceSurfaceContract {

    /** Whether the service keeps state in Redis, and so must not be ready without it. */
    protected boolean usesRedis() {
        return false;
    }

    @Test
    void shouldBeReadyOnlyWithItsDependenciesChecked() {
        List<String> checks = new ArrayList<>(List.of("Database connections health check", "Kafka connection health check"));
        if (usesRedis()) {
            checks.add("Redis connection health check");
        }
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(checks.toArray(String[]::new)));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldServeOpenApiAndSwaggerUi() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", org.hamcrest.Matchers.startsWith("3."));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void shouldAnswerUnknownPathsWithProblemJson() {
        given().get("/api/v1/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }
}
