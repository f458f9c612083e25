package dev.engagehub.points.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.PointsAdjusted;
import dev.engagehub.events.Topics;
import dev.engagehub.points.support.CommunityTestBase;
import dev.engagehub.points.support.PointsApi;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.PrometheusText;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class AdjustmentsTest extends CommunityTestBase {

    @Test
    void shouldAwardAndDeductWithAReasonAuditedAndOnTheBoards() {
        // Given
        api.publish(api.activity("gina", "purchase", Instant.now()));
        api.awaitXp("gina", xp -> xp == 200);

        // When an admin awards 300 for running an event, then deducts 150 for spam
        adjust("gina", 300, "ran the November meetup", "adj-1").statusCode(200).body("points.balance", equalTo(500));
        adjust("gina", -150, "spam in #general", "adj-2").statusCode(200).body("points.balance", equalTo(350))
                .body("points.lifetimeXp", equalTo(350));

        // Then the ledger, the audit log, the points topic and the boards all say so
        api.get("/members/{m}/ledger", "gina").body("[0].kind", equalTo("ADJUSTMENT")).body("[0].points", equalTo(-150))
                .body("[0].reason", equalTo("spam in #general")).body("[0].actorId", equalTo(PointsApi.ADMIN));
        api.get("/audit").body("[0].action", equalTo("points.deduct")).body("[0].subject", equalTo("member:gina"))
                .body("[1].action", equalTo("points.award"));
        var record = api.kafka().awaitRecord(Topics.POINTS.name(),
                r -> r.key().equals(api.id() + ":gina") && r.value().contains("spam in #general"), PointsApi.WAIT);
        assertThat(EventCodec.decode(record.value(), PointsAdjusted.class).payload().points()).isEqualTo(-150);
        await().atMost(PointsApi.WAIT).untilAsserted(() ->
                assertThat(api.board("all", "")).extracting(e -> e.get("points")).containsExactly(350));
    }

    @Test
    void shouldRefuseADeductionBeyondTheBalanceAndChangeNothing() {
        // Given
        double adjustmentsBefore = adjustmentsWritten();
        adjust("hank", 100, "welcome gift", "adj-3").statusCode(200);

        // When
        adjust("hank", -101, "too much", "adj-4").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:engagehub:problem:insufficient-points"));

        // Then the ledger, and the operators' count of ledger writes, have the gift only
        assertThat(api.balanceOf("hank")).isEqualTo(100);
        assertThat(api.ledgerSize("hank")).isEqualTo(1);
        assertThat(adjustmentsWritten() - adjustmentsBefore).isEqualTo(1);
    }

    private static double adjustmentsWritten() {
        return PrometheusText.counter(given().get("/q/metrics").asString(), "engagehub_ledger_entries_total", "kind",
                "ADJUSTMENT");
    }

    @Test
    void shouldApplyARetriedRequestOnlyOnce() {
        adjust("ivy", 40, "bug report", "same-key").statusCode(200);
        adjust("ivy", 40, "bug report", "same-key").statusCode(200).body("points.balance", equalTo(40));

        assertThat(api.ledgerSize("ivy")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAbsurdOrReasonlessAdjustments() {
        adjust("jay", 0, "nothing", "k1").statusCode(400).body("type", equalTo("urn:engagehub:problem:invalid-points"));
        adjust("jay", 5_000_000, "lottery", "k2").statusCode(400);
        given().contentType(ContentType.JSON).header("X-Actor-Id", PointsApi.ADMIN).body(Map.of("points", 10))
                .post("/api/v1/communities/{c}/members/{m}/adjustments", api.id(), "jay").then().statusCode(400);
        assertThat(api.ledgerSize("jay")).isZero();
    }

    @Test
    void shouldFindMembersByPartOfTheirIdMostXpFirst() {
        adjust("Kim_Lee", 30, "welcome", "dir-1").statusCode(200);
        adjust("kimberly", 70, "welcome", "dir-2").statusCode(200);
        adjust("lou", 50, "welcome", "dir-3").statusCode(200);

        api.get("/members?q=KIM").body("memberId", org.hamcrest.Matchers.contains("kimberly", "Kim_Lee"))
                .body("[0].balance", equalTo(70)).body("[0].level", equalTo(0));
        api.get("/members?q=m_").body("memberId", org.hamcrest.Matchers.contains("Kim_Lee"));
        api.get("/members?q=%25").body("memberId", org.hamcrest.Matchers.empty());
        api.get("/members?limit=2").body("memberId", org.hamcrest.Matchers.hasSize(2));
    }

    private io.restassured.response.ValidatableResponse adjust(String member, long points, String reason, String key) {
        return given().contentType(ContentType.JSON).header("X-Actor-Id", PointsApi.ADMIN)
                .header("Idempotency-Key", key).body(Map.of("points", points, "reason", reason))
                .post("/api/v1/communities/{c}/members/{m}/adjustments", api.id(), member).then();
    }
}
