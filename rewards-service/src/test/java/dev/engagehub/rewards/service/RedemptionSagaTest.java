package dev.engagehub.rewards.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.Topics;
import dev.engagehub.rewards.support.PointsApi;
import dev.engagehub.rewards.support.PointsServiceResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole redemption saga with the real points-service on the real broker. */
@QuarkusTest
@WithTestResource(PointsServiceResource.class)
class RedemptionSagaTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Map<String, Object> SHIPPING = Map.of("name", "Bo Smith", "line1", "1 Main Street",
            "city", "Berlin", "postalCode", "10115", "country", "de");

    private final String community = "c-" + UUID.randomUUID();

    @Inject
    RedemptionTimeouts timeouts;

    private PointsApi points;
    private String pointsUrl;

    @BeforeEach
    void createCommunity() {
        pointsUrl = ConfigProvider.getConfig().getValue("quarkus.rest-client.points-service.url", String.class);
        points = new PointsApi(pointsUrl);
        points.createCommunity(community);
    }

    @Test
    void shouldHandOutACodeAndAPerkAtOnceAndDebitTheMember() {
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            // Given
            points.award(community, "ann", 1_000);
            reward("steam-10", Map.of("name", "Steam 10", "kind", "DISCOUNT_CODE", "cost", 300,
                    "fulfilment", Map.of("instructions", "Redeem on store.steampowered.com")));
            uploadCodes("steam-10", "code\nAAA-1\nBBB-2\nCCC-3\n").statusCode(200).body("poolSize", equalTo(3));
            reward("vip", Map.of("name", "VIP for a month", "kind", "DIGITAL_PERK", "cost", 200,
                    "fulfilment", Map.of("roleId", "123456789", "roleDurationDays", 30)));

            // When
            String code = redeem("ann", Map.of("rewardKey", "steam-10"), "k-1").statusCode(202).extract().path("id");
            String perk = redeem("ann", Map.of("rewardKey", "vip"), "k-2").statusCode(202).extract().path("id");

            // Then both are fulfilled, the code comes from the pool and the member paid for both
            awaitStatus("ann", code, "FULFILLED");
            awaitStatus("ann", perk, "FULFILLED");
            RedemptionFulfilled codeEvent = fulfilment(kafka, code);
            assertThat(codeEvent.code()).isIn("AAA-1", "BBB-2", "CCC-3");
            assertThat(codeEvent.instructions()).isEqualTo("Redeem on store.steampowered.com");
            RedemptionFulfilled perkEvent = fulfilment(kafka, perk);
            assertThat(perkEvent.roleId()).isEqualTo("123456789");
            assertThat(perkEvent.roleDurationDays()).isEqualTo(30);
            assertThat(points.balance(community, "ann")).isEqualTo(500);
            given().get("/api/v1/communities/{c}/rewards/steam-10", community).then().body("available", equalTo(2));
            given().get("/api/v1/communities/{c}/members/{m}/redemptions", community, "ann").then()
                    .body("code", hasItem(codeEvent.code()));
        }
    }

    @Test
    void shouldParkMerchForApprovalShipItAndRefundWhatAnAdminRejects() {
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            points.award(community, "bo", 1_000);
            reward("hoodie", Map.of("name", "Hoodie", "kind", "MERCH", "cost", 400, "stock", 2));

            // Merch without shipping details is refused and changes nothing
            redeem("bo", Map.of("rewardKey", "hoodie"), "k-0").statusCode(400)
                    .body("errors[0].field", equalTo("shipping"));
            redeem("bo", Map.of("rewardKey", "hoodie", "shipping", Map.of("name", "Bo")), "k-0").statusCode(400)
                    .body("errors[0].field", equalTo("shipping.line1"));

            // Paid merch waits for an admin
            String first = redeem("bo", Map.of("rewardKey", "hoodie", "shipping", SHIPPING), "k-1").statusCode(202)
                    .extract().path("id");
            awaitStatus("bo", first, "PENDING_APPROVAL");
            assertThat(points.balance(community, "bo")).isEqualTo(600);
            given().get("/api/v1/communities/{c}/redemptions", community).then().statusCode(200)
                    .body("id", equalTo(List.of(first))).body("[0].shipping.country", equalTo("DE"));

            // Approve, then mark shipped: the member is told the shipping status, once
            admin().post("/api/v1/communities/{c}/redemptions/{id}/approve", community, first).then()
                    .statusCode(200).body("status", equalTo("APPROVED")).body("reviewedBy", equalTo("admin-1"));
            admin().body(Map.of("shippingStatus", "DHL 00340434161094042557"))
                    .post("/api/v1/communities/{c}/redemptions/{id}/ship", community, first).then().statusCode(200)
                    .body("status", equalTo("FULFILLED"));
            assertThat(fulfilment(kafka, first).shippingStatus()).isEqualTo("DHL 00340434161094042557");
            admin().body(Map.of("shippingStatus", "again")).post("/api/v1/communities/{c}/redemptions/{id}/ship",
                    community, first).then().statusCode(409)
                    .body("type", equalTo("urn:engagehub:problem:redemption-not-waiting"));

            // A rejected one releases its unit and refunds the member
            String second = redeem("bo", Map.of("rewardKey", "hoodie", "shipping", SHIPPING), "k-2").statusCode(202)
                    .extract().path("id");
            awaitStatus("bo", second, "PENDING_APPROVAL");
            assertThat(points.balance(community, "bo")).isEqualTo(200);
            given().contentType(ContentType.JSON).body(Map.of("reason", "no"))
                    .post("/api/v1/communities/{c}/redemptions/{id}/reject", community, second).then().statusCode(400)
                    .body("type", equalTo("urn:engagehub:problem:actor-required"));
            admin().body(Map.of("reason", "size sold out"))
                    .post("/api/v1/communities/{c}/redemptions/{id}/reject", community, second).then()
                    .statusCode(200).body("status", equalTo("REJECTED"))
                    .body("reason", equalTo("rejected by admin: size sold out"));
            await().atMost(WAIT).until(() -> points.balance(community, "bo") == 600);
            given().get("/api/v1/communities/{c}/rewards/hoodie", community).then().body("available", equalTo(1));
            admin().body(Map.of("reason", "twice")).post("/api/v1/communities/{c}/redemptions/{id}/reject",
                    community, second).then().statusCode(409);
        }
    }

    @Test
    void shouldRefuseWhatTheMemberCannotHaveClearlyAndChangeNothing() {
        points.award(community, "cy", 250);
        points.award(community, "dee", 5_000);
        int richLevel = given().baseUri(pointsUrl).get("/api/v1/communities/{c}/members/{m}/points", community, "dee")
                .then().extract().path("level");
        reward("poster", Map.of("name", "Poster", "kind", "PARTNER_OFFER", "cost", 300));
        reward("elite", Map.of("name", "Elite", "kind", "PARTNER_OFFER", "cost", 10,
                "eligibility", Map.of("minLevel", richLevel)));
        reward("founders", Map.of("name", "Founders", "kind", "PARTNER_OFFER", "cost", 10,
                "eligibility", Map.of("requiredBadge", "founder")));
        reward("mods", Map.of("name", "Mods only", "kind", "PARTNER_OFFER", "cost", 10,
                "eligibility", Map.of("requiredRole", "555")));

        redeem("cy", Map.of("rewardKey", "poster"), "k-1").statusCode(409)
                .body("type", equalTo("urn:engagehub:problem:insufficient-points"))
                .body("detail", equalTo("'Poster' costs 300 points; you have 250"));
        redeem("cy", Map.of("rewardKey", "elite"), "k-2").statusCode(403)
                .body("type", equalTo("urn:engagehub:problem:not-eligible"));
        redeem("cy", Map.of("rewardKey", "founders"), "k-3").statusCode(403)
                .body("detail", equalTo("'Founders' needs the badge 'founder'"));
        redeem("cy", Map.of("rewardKey", "mods"), "k-4").statusCode(403)
                .body("detail", equalTo("'Mods only' needs the role '555'"));
        redeem("cy", Map.of("rewardKey", "no-such"), "k-5").statusCode(404);
        redeem("cy", Map.of("rewardKey", "mods", "roleIds", List.of("555")), "k-6").statusCode(202);
        redeem("dee", Map.of("rewardKey", "elite"), "k-7").statusCode(202);

        given().get("/api/v1/communities/{c}/members/{m}/redemptions", community, "cy").then()
                .body("rewardKey", equalTo(List.of("mods")));
    }

    @Test
    void shouldShowWhatAMemberCanRedeemFirstAndWhyNotForTheRest() {
        points.award(community, "eve", 350);
        reward("sticker", Map.of("name", "Sticker", "kind", "PARTNER_OFFER", "cost", 300));
        reward("mug", Map.of("name", "Mug", "kind", "MERCH", "cost", 50, "stock", 0));
        reward("cap", Map.of("name", "Cap", "kind", "PARTNER_OFFER", "cost", 500));
        reward("vip", Map.of("name", "VIP", "kind", "PARTNER_OFFER", "cost", 100,
                "eligibility", Map.of("requiredRole", "777")));

        given().get("/api/v1/communities/{c}/members/{m}/offers", community, "eve").then().statusCode(200)
                .body("balance", equalTo(350))
                .body("offers.reward.key", equalTo(List.of("sticker", "mug", "vip", "cap")))
                .body("offers.blocker", equalTo(Arrays.asList(null, "out of stock", "needs the role '777'",
                        "needs 150 more points")))
                .body("offers[3].affordable", equalTo(false));
        given().get("/api/v1/communities/{c}/members/{m}/offers?roleId=777", community, "eve").then()
                .body("offers.reward.key", equalTo(List.of("vip", "sticker", "mug", "cap")));
    }

    @Test
    void shouldRejectAndRefundWhatNoAdminReviewsInTime() {
        points.award(community, "fay", 500);
        reward("tee", Map.of("name", "T-shirt", "kind", "MERCH", "cost", 200, "stock", 5));
        String id = redeem("fay", Map.of("rewardKey", "tee", "shipping", SHIPPING), "k-1").statusCode(202)
                .extract().path("id");
        awaitStatus("fay", id, "PENDING_APPROVAL");

        timeouts.expire(Instant.now().plus(Duration.ofDays(29)));
        awaitStatus("fay", id, "PENDING_APPROVAL");
        assertThat(timeouts.expire(Instant.now().plus(Duration.ofDays(31)))).isPositive();

        awaitStatus("fay", id, "REJECTED");
        await().atMost(WAIT).until(() -> points.balance(community, "fay") == 500);
        given().get("/api/v1/communities/{c}/rewards/tee", community).then().body("available", equalTo(5));
    }

    private RedemptionFulfilled fulfilment(KafkaTestClient kafka, String id) {
        var record = kafka.awaitRecord(Topics.REDEMPTIONS.name(), r -> r.value().contains(id)
                && "RedemptionFulfilled".equals(KafkaTestClient.header(r, "eventType")), WAIT);
        return EventCodec.decode(record.value(), RedemptionFulfilled.class).payload();
    }

    private void awaitStatus(String member, String id, String status) {
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/communities/{c}/members/{m}/redemptions",
                community, member).then().body("find { it.id == '" + id + "' }.status", equalTo(status)));
    }

    private void reward(String key, Map<String, Object> body) {
        admin().body(new HashMap<>(body)).put("/api/v1/communities/{c}/rewards/{k}", community, key).then()
                .statusCode(201);
    }

    private ValidatableResponse uploadCodes(String key, String csv) {
        return given().contentType("text/csv").header("X-Actor-Id", "admin-1").body(csv)
                .post("/api/v1/communities/{c}/rewards/{k}/codes", community, key).then();
    }

    private ValidatableResponse redeem(String member, Map<String, Object> body, String key) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/communities/{c}/members/{m}/redemptions", community, member).then();
    }

    private static RequestSpecification admin() {
        return given().contentType(ContentType.JSON).header("X-Actor-Id", "admin-1");
    }
}
