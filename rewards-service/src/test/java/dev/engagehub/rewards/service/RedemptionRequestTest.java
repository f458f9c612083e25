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
import dev.engagehub.testkit.PrometheusText;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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

    @Inject
    RedemptionTimeouts timeouts;

    @Test
    void shouldReserveAndAskForTheDebitOnceEvenWhenTheRequestIsRetried() {
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            // Given
            reward("sticker", "PARTNER_OFFER", 2, null);
            double requestedBefore = redemptionsReaching("REQUESTED");

            // When the same request arrives twice
            String id = redeem("ann", "sticker", "req-1").statusCode(202).body("status", equalTo("REQUESTED"))
                    .extract().path("id");
            redeem("ann", "sticker", "req-1").statusCode(202).body("id", equalTo(id));

            // Then one unit is reserved and one RedemptionRequested is published, keyed by the member
            given().get("/api/v1/communities/{c}/rewards/sticker", community).then().body("available", equalTo(1));
            assertThat(redemptionsReaching("REQUESTED") - requestedBefore).isEqualTo(1);
            var record = kafka.awaitRecord(Topics.REDEMPTIONS.name(), r -> r.value().contains(id), WAIT);
            assertThat(record.key()).isEqualTo(community + ":ann");
            assertThat(EventCodec.decode(record.value(), RedemptionRequested.class).payload().cost()).isEqualTo(300);

            // And when points-service confirms the debit (twice), the offer is fulfilled once, in reply to it
            EventEnvelope<PointsDebited> debited = EventEnvelope.of(community, "ann", "points-service",
                    new PointsDebited(UUID.fromString(id), 300, 700));
            kafka.publish(debited);
            kafka.publish(debited);
            var fulfilled = kafka.awaitRecord(Topics.REDEMPTIONS.name(), r -> r.value().contains(id)
                    && "RedemptionFulfilled".equals(KafkaTestClient.header(r, "eventType")), WAIT);
            assertThat(EventCodec.decode(fulfilled.value()).correlationId()).isEqualTo(debited.correlationId());
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/communities/{c}/members/{m}/redemptions",
                    community, "ann").then().body("[0].status", equalTo("FULFILLED")));
            kafka.awaitConsumed("rewards-service", Topics.DEBITS.name(), WAIT);
            assertThat(kafka.recordsNow(Topics.REDEMPTIONS.name(), r -> r.value().contains(id)
                    && "RedemptionFulfilled".equals(KafkaTestClient.header(r, "eventType")))).hasSize(1);
        }
    }

    /** The operators' count of redemptions that reached {@code status}. */
    private static double redemptionsReaching(String status) {
        return PrometheusText.counter(given().get("/q/metrics").asString(), "engagehub_redemptions_total", "status",
                status);
    }

    @Test
    void shouldRejectWithARefundRequestWhenPointsServiceNeverAnswersAndIgnoreItsLateReply() {
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            // Given a request points-service has not answered
            reward("lanyard", "PARTNER_OFFER", 1, null);
            String id = redeem("eve", "lanyard", "req-5").statusCode(202).extract().path("id");

            // When the sweep runs after the debit timeout
            assertThat(timeouts.expire(Instant.now().plus(Duration.ofMinutes(10)))).isGreaterThanOrEqualTo(1);

            // Then it is rejected, the unit is free, and a refund is asked for in case the debit happened
            var record = kafka.awaitRecord(Topics.REDEMPTIONS.name(), r -> r.value().contains(id)
                    && "RedemptionRejected".equals(KafkaTestClient.header(r, "eventType")), WAIT);
            RedemptionRejected rejected = EventCodec.decode(record.value(), RedemptionRejected.class).payload();
            assertThat(rejected.refundDue()).isTrue();
            assertThat(rejected.reason()).startsWith("timed out");
            given().get("/api/v1/communities/{c}/rewards/lanyard", community).then().body("available", equalTo(1));

            // And a debit arriving late changes nothing
            kafka.publish(EventEnvelope.of(community, "eve", "points-service",
                    new PointsDebited(UUID.fromString(id), 300, 0)));
            kafka.awaitConsumed("rewards-service", Topics.DEBITS.name(), WAIT);
            given().get("/api/v1/communities/{c}/members/{m}/redemptions", community, "eve").then()
                    .body("[0].status", equalTo("REJECTED"));
            given().get("/api/v1/communities/{c}/rewards/lanyard", community).then().body("available", equalTo(1));
        }
    }

    @Test
    void shouldReleaseTheUnitWhenPointsAreShortAndSaySo() {
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            reward("poster", "PARTNER_OFFER", 1, null);
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
        reward("badge-pin", "PARTNER_OFFER", 10, 1);
        redeem("dee", "badge-pin", "k1").statusCode(202);
        redeem("dee", "badge-pin", "k2").statusCode(409)
                .body("type", equalTo("urn:engagehub:problem:over-member-limit"));
        redeem("dee", "no-such-reward", "k3").statusCode(404);
        reward("poncho", "PARTNER_OFFER", 5, null);
        redeem("dee", "poncho", "k1").statusCode(409).body("type", equalTo("urn:engagehub:problem:idempotency-key-reused"));

        // A reward with redemptions cannot be deleted, only hidden; one without can
        given().header("X-Actor-Id", "admin-1").delete("/api/v1/communities/{c}/rewards/badge-pin", community)
                .then().statusCode(409).body("type", equalTo("urn:engagehub:problem:reward-has-redemptions"));
        given().header("X-Actor-Id", "admin-1").delete("/api/v1/communities/{c}/rewards/poncho", community)
                .then().statusCode(204);
        given().get("/api/v1/communities/{c}/rewards/poncho", community).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("rewardKey", "badge-pin"))
                .post("/api/v1/communities/{c}/members/{m}/redemptions", community, "dee").then().statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:idempotency-key-required"));
        given().get("/api/v1/communities/{c}/rewards/badge-pin", community).then().body("available", equalTo(9));
    }

    private void reward(String key, String kind, int stock, Integer perMemberLimit) {
        Map<String, Object> body = new HashMap<>(Map.of("name", key, "kind", kind, "cost", 300,
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
