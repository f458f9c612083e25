package dev.engagehub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engagehub.gateway.support.GatewayPlatformResource;
import dev.engagehub.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins read analytics and download exports through the gateway; members cannot. */
@QuarkusTest
@WithTestResource(GatewayPlatformResource.class)
class AnalyticsApiTest {
    @Test
    void shouldServeReportsAndStreamExportsToAdminsOnly() {
        String community = "stats-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = Tokens.of("admin", community, "mona");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", community, "timeZone", "UTC"))
                .put("/api/v1/communities/{c}", community).then().statusCode(201);
        for (String member : new String[] {"ann", "ben"}) {
            given().auth().oauth2(admin).header("Idempotency-Key", "visit-" + member).contentType("application/json")
                    .body(Map.of("memberId", member, "action", "event_attended"))
                    .post("/api/v1/communities/{c}/activity", community).then().statusCode(202);
        }

        // Activity and points arrive on two topics, so wait until analytics has seen both for both members.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var overview = given().auth().oauth2(admin).get("/api/v1/communities/{c}/analytics/overview", community)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(overview.getInt("pointsIssued")).isEqualTo(200);
            assertThat(overview.getInt("activeMembers")).isEqualTo(2);
        });
        assertThat(given().auth().oauth2(admin).accept("text/csv")
                .get("/api/v1/communities/{c}/analytics/funnel", community).then().statusCode(200)
                .contentType("text/csv").extract().asString()).startsWith("step,members\njoined,2\n");
        String csv = given().auth().oauth2(admin).get("/api/v1/communities/{c}/exports/ledger.csv", community)
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains(",ann,award,100,100,event_attended,").contains(",ben,award,100,");

        given().auth().oauth2(Tokens.of("member", community, "ann"))
                .get("/api/v1/communities/{c}/analytics/overview", community).then().statusCode(403);
        given().auth().oauth2(admin).get("/api/v1/communities/{c}/analytics/activity?tz=Nowhere/Land", community)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
