package dev.engagehub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import dev.engagehub.gateway.support.GatewayPlatformResource;
import dev.engagehub.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Activity reported with a partner token, member rate limits, and the audit trail with its CSV export. */
@QuarkusTest
@WithTestResource(GatewayPlatformResource.class)
class ApiActivityAndAuditTest {
    @Test
    void shouldAcceptPartnerActivityOncePerIdempotencyKey() {
        String community = community();
        String partner = Tokens.of("partner", community, "course-platform");
        Map<String, Object> lesson = Map.of("memberId", "max", "action", "course_lesson_completed",
                "reference", "lesson-3");
        String first = given().auth().oauth2(partner).header("Idempotency-Key", "lesson-3-max")
                .contentType("application/json").body(lesson).post("/api/v1/communities/{c}/activity", community)
                .then().statusCode(202).extract().path("eventId");
        given().auth().oauth2(partner).header("Idempotency-Key", "lesson-3-max").contentType("application/json")
                .body(lesson).post("/api/v1/communities/{c}/activity", community).then().statusCode(200)
                .body("eventId", equalTo(first)).body("status", equalTo("duplicate"));
        given().auth().oauth2(partner).contentType("application/json").body(lesson)
                .post("/api/v1/communities/{c}/activity", community).then().statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:idempotency-key-required"));
        given().auth().oauth2(Tokens.of("member", community, "max")).header("Idempotency-Key", "x")
                .contentType("application/json").body(lesson).post("/api/v1/communities/{c}/activity", community)
                .then().statusCode(403);

        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(Tokens.of("member", community, "max"))
                .get("/api/v1/communities/{c}/members/max/points", community).then().extract().jsonPath()
                .getLong("balance") == 40);
    }

    @Test
    void shouldRateLimitAMemberWithRetryAfter() throws InterruptedException {
        String community = community();
        String member = Tokens.of("member", community, "eager-" + UUID.randomUUID().toString().substring(0, 6));
        // Limits count per clock minute: start early in one, so every request falls into the same window.
        long second = Instant.now().getEpochSecond() % 60;
        if (second > 45) {
            Thread.sleep(Duration.ofSeconds(60 - second).toMillis());
        }
        int status = 0;
        int requests = 0;
        while (status != 429 && requests < 200) {
            status = given().auth().oauth2(member).get("/api/v1/communities/{c}/leaderboards/day", community)
                    .then().extract().statusCode();
            requests++;
        }
        assertThat(status).isEqualTo(429);
        assertThat(requests).isBetween(121, 122);
        given().auth().oauth2(member).get("/api/v1/communities/{c}/leaderboards/day", community).then()
                .statusCode(429).header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"));
    }

    @Test
    void shouldKeepAnAuditTrailOfAdminActionsAcrossServicesAndExportIt() {
        String community = community();
        String admin = Tokens.of("admin", community, "mona");
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("name", "Course platform", "provider", "generic"))
                .post("/api/v1/communities/{c}/partners", community).then().statusCode(201);
        given().auth().oauth2(admin).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Map.of("points", 10, "reason", "helped a newcomer"))
                .post("/api/v1/communities/{c}/members/max/adjustments", community).then().statusCode(200);

        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", "Sticker", "kind",
                "DIGITAL_PERK", "cost", 10, "visible", true)).put("/api/v1/communities/{c}/rewards/sticker", community)
                .then().statusCode(201);
        given().auth().oauth2(admin).get("/api/v1/communities/{c}/audit", community).then().statusCode(200)
                .body("source", hasItems("api-gateway", "points-service", "rewards-service"))
                .body("action", hasItems("reward.create"))
                .body("actorId", hasItems("mona"))
                .body("action", hasItems("partner.created"));
        String csv = given().auth().oauth2(admin).get("/api/v1/communities/{c}/audit.csv", community).then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst()).contains("at,source,actor,action,subject,details");
        assertThat(csv).contains("partner.created").contains("helped a newcomer");
        given().auth().oauth2(Tokens.of("member", community, "max")).get("/api/v1/communities/{c}/audit", community)
                .then().statusCode(403);
    }

    private static String community() {
        String community = "learn-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.of("admin", community, "mona")).contentType("application/json")
                .body(Map.of("name", community, "timeZone", "UTC")).put("/api/v1/communities/{c}", community)
                .then().statusCode(201);
        return community;
    }
}
