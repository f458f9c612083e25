package dev.engagehub.points.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.points.support.CommunityTestBase;
import dev.engagehub.points.support.PointsApi;
import dev.engagehub.testkit.KafkaBrokerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules as stored through the admin API, enforced on the real stream. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class RulesEnforcementTest extends CommunityTestBase {
    private final Instant now = Instant.now();

    @Test
    void shouldHoldCooldownAndDailyCapUnderABurst() {
        // Given the defaults: messages 15-25 once a minute, received reactions 5 each up to 250 a day
        // When erin's bot floods 30 messages and 100 reactions in the same instant, then an invite (100) follows
        for (int i = 0; i < 30; i++) {
            api.publish(api.activity("erin", "message", now));
        }
        for (int i = 0; i < 100; i++) {
            api.publish(api.activity("erin", "reaction_received", now));
        }
        api.publish(api.activity("erin", "invite", now));

        // Then one message counted, reactions stopped at the cap, and the invite arrived after all of them
        long xp = api.awaitXp("erin", total -> total >= 365);
        List<Map<String, Object>> ledger = api.get("/members/{m}/ledger?limit=500", "erin").extract().jsonPath()
                .getList("$");
        assertThat(ledger).filteredOn(e -> e.get("action").equals("message")).hasSize(1);
        assertThat(ledger).filteredOn(e -> e.get("action").equals("reaction_received"))
                .extracting(e -> ((Number) e.get("points")).intValue()).hasSize(50).containsOnly(5);
        assertThat(xp - 250 - 100).isBetween(15L, 25L);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("engagehub_activity_outcomes_total{outcome=\"COOLDOWN\"")
                .contains("engagehub_activity_outcomes_total{outcome=\"DAILY_CAP\"");
    }

    @Test
    void shouldApplyRulesEditedThroughTheAdminApi() {
        // Given messages are made worth a flat 10 with no cooldown, #bots earns nothing, boosters earn double
        api.adminPut("/rules/actions/message", Map.of("minPoints", 10, "cooldownSeconds", 0)).statusCode(200)
                .body("maxPoints", equalTo(10));
        api.adminPut("/rules/settings", Map.of("levelCurve", Map.of("quadratic", 5, "linear", 50, "base", 100),
                "streakGraceDays", 1, "noXpChannels", List.of("ch-bots"))).statusCode(200)
                .body("noXpChannels", equalTo(List.of("ch-bots")));
        api.adminPost("/rules/multipliers", Map.of("name", "Server boosters", "factor", 2, "roleId", "role-booster"))
                .statusCode(201);

        // When frank writes twice, once in #bots, and once as a booster
        api.publish(api.activity("frank", "message", now));
        api.publish(api.activity("frank", "message", now));
        api.publish(api.activity("frank", new ActivityRecorded("message", 1, "ch-bots", List.of(), null), now));
        api.publish(api.activity("frank", new ActivityRecorded("message", 1, "ch-general", List.of("role-booster"),
                null), now));
        api.publish(api.activity("frank", "invite", now));

        // Then 10 + 10 + 0 + 20, then the invite's 100
        assertThat(api.awaitXp("frank", xp -> xp >= 140)).isEqualTo(140);
        api.get("/audit").statusCode(200)
                .body("action", hasItem("rules.action.save"))
                .body("action", hasItem("rules.multiplier.add"))
                .body("actorId", hasItem(PointsApi.ADMIN));
    }

    @Test
    void shouldRefuseBadRulesWithProblemDetailsAndChangeNothing() {
        api.adminPut("/rules/actions/message", Map.of("minPoints", 30, "maxPoints", 10)).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:engagehub:problem:invalid-rule"))
                .body("errors[0].field", equalTo("points"));
        api.adminPut("/rules/actions/message", Map.of("minPoints", 5, "cooldownSeconds", 10_000_000)).statusCode(400)
                .body("errors[0].field", equalTo("cooldownSeconds"));
        api.adminPost("/rules/multipliers", Map.of("name", "x", "factor", 50)).statusCode(400)
                .body("errors[0].field", equalTo("factor"));
        given().contentType(ContentType.JSON).body(Map.of("minPoints", 5))
                .put("/api/v1/communities/{c}/rules/actions/message", api.id()).then().statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:actor-required"));
        given().contentType(ContentType.JSON).header("X-Actor-Id", PointsApi.ADMIN).body(Map.of("minPoints", 5))
                .put("/api/v1/communities/{c}/rules/actions/message", "no-such-community").then().statusCode(404);
        given().contentType(ContentType.JSON).header("X-Actor-Id", PointsApi.ADMIN)
                .body(Map.of("name", "x", "timeZone", "Mars/Olympus"))
                .put("/api/v1/communities/{c}", api.id()).then().statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:invalid-time-zone"));

        api.get("/rules").statusCode(200)
                .body("actions.find { it.action == 'message' }.minPoints", equalTo(15))
                .body("actions.find { it.action == 'message' }.maxPoints", equalTo(25))
                .body("multipliers.size()", equalTo(0))
                .body("timeZone", equalTo("UTC"));
    }
}
