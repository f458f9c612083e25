package dev.engagehub.points.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.engagehub.testkit.KafkaBrokerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, metrics, OpenAPI and problem+json errors, as operators and clients see them. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ServiceSurfaceTest {

    @Test
    void shouldReportReadyOnlyWithDatabaseRedisAndKafkaChecked() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "Redis connection health check", "SmallRye Reactive Messaging - readiness check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldExposePrometheusMetricsAndOpenApi() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/communities/{communityId}/leaderboards/{window}"));
    }

    @Test
    void shouldAnswerBadInputWithProblemJson() {
        given().get("/api/v1/communities/c1/leaderboards/fortnight").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:engagehub:problem:unknown-window"))
                .body("detail", containsString("day, week, month, all"))
                .body("instance", equalTo("/api/v1/communities/c1/leaderboards/fortnight"));
        given().get("/api/v1/communities/c1/leaderboards/all?limit=1000").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("limit"));
    }
}
