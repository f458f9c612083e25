package dev.engagehub.rewards.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.PointsDebitRejected;
import dev.engagehub.events.PointsDebited;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.RedemptionRequested;
import dev.engagehub.events.Topics;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Step 1 of the saga and points-service's replies, with points-service played over the real broker. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class RedemptionRequestTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String community = "c-" + UUID.randomUUID();

    @Test
    void shouldReserveAndAskForTheDebitOnceEvenWhenTheRequestIsRetried() {
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            // Given
            reward("sticker", 2, null);

            // When the same request arrives twice
            String id = redeem("ann", "sticker", "req-1").statusCode(202).body("status", equalTo("REQUESTED"))
                    .extract().path("id");
            redeem("ann", "sticker", "req-1").statusCode(202).body("id", equalTo(id));

            // Then one unit is reserved and one RedemptionRequested is published, keyed by the member
            given().get("/api/v1/communities/{c}/rewards/sticker", community).then().body("available", equalTo(1));
            var record = kafka.awaitRecord(Topics.REDEMPTIONS.name(), r -> r.value().contains(id), WAIT);
            assertThat(record.key()).isEqualTo(community + ":ann");
            assertThat(EventCodec.decode(record.value(), RedemptionRequested.class).payload().cost()).isEqualTo(300);

            // And when points-service confirms the debit, the redemption moves on
            kafka.publish(EventEnvelope.of(community, "ann", "points-service",
                    new PointsDebited(UUID.fromString(id), 300, 700)));
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/communities/{c}/members/{m}/redemptions",
                    community, "ann").then().body("[0].status", equalTo("DEBITED")));
        }
    }

    @Test
    void shouldReleaseTheUnitWhenPointsAreShortAndSaySo() {
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            reward("poster", 1, null);
            String id = redeem("bo", "poster", "req-2").statusCode(202).extract().path("id");
            redeem("cy", "poster", "req-3").statusCode(409).body("type", equalTo("urn:engagehub:problem:out-of-stock"));

            EventEnvelope<PointsDebitRejected> rejection = EventEnvelope.of(community, "bo", "points-service",
                    new PointsDebitRejected(UUID.fromString(id), 300, 40, PointsDebitRejected.Reason.INSUFFICIENT_POINTS));
            kafka.publish(rejection);
            kafka.publish(rejection);

            var record = kafka.awaitRecord(Topics.REDEMPTIONS.name(),
                    r -> r.value().contains(id) && "RedemptionRejected".equals(KafkaTestClient.header(r, "eventType")),
                    WAIT);
            RedemptionRejected rejected = EventCodec.decode(record.value(), RedemptionRejected.class).payload();
            assertThat(rejected.refundDue()).isFalse();
            assertThat(rejected.reason()).contains("INSUFFICIENT_POINTS");
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/communities/{c}/rewards/poster", community)
                    .then().body("available", equalTo(1)));
            redeem("cy", "poster", "req-4").statusCode(202);
        }
    }

    @Test
    void shouldRefuseUnknownRewardsLimitsAndMissingKeysClearly() {
        reward("badge-pin", 10, 1);
        redeem("dee", "badge-pin", "k1").statusCode(202);
        redeem("dee", "badge-pin", "k2").statusCode(409)
                .body("type", equalTo("urn:engagehub:problem:over-member-limit"));
        redeem("dee", "no-such-reward", "k3").statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("rewardKey", "badge-pin"))
                .post("/api/v1/communities/{c}/members/{m}/redemptions", community, "dee").then().statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:idempotency-key-required"));
        given().get("/api/v1/communities/{c}/rewards/badge-pin", community).then().body("available", equalTo(9));
    }

    private void reward(String key, int stock, Integer perMemberLimit) {
        Map<String, Object> body = new HashMap<>(Map.of("name", key, "kind", "MERCH", "cost", 300,
                "stock", stock));
        if (perMemberLimit != null) {
            body.put("perMemberLimit", perMemberLimit);
        }
        given().contentType(ContentType.JSON).header("X-Actor-Id", "admin-1").body(body)
                .put("/api/v1/communities/{c}/rewards/{k}", community, key).then().statusCode(201);
    }

    private ValidatableResponse redeem(String member, String reward, String key) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("rewardKey", reward))
                .post("/api/v1/communities/{c}/members/{m}/redemptions", community, member).then();
    }
}
