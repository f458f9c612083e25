package dev.engagehub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.engagehub.events.Topics;
import dev.engagehub.gateway.support.GatewayPlatformResource;
import dev.engagehub.gateway.support.Tokens;
import dev.engagehub.gateway.support.Webhooks;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partner webhooks: signed deliveries become points exactly once; everything else is refused and publishes nothing. */
@QuarkusTest
@WithTestResource(GatewayPlatformResource.class)
class WebhookTest {
    private String community;
    private String admin;

    @BeforeEach
    void community() {
        community = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        admin = Tokens.of("admin", community, "mona");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", community, "timeZone", "UTC"))
                .put("/api/v1/communities/{c}", community).then().statusCode(201);
    }

    @Test
    void shouldTurnASignedDeliveryIntoPointsExactlyOnceWhenDeliveredThreeTimes() {
        JsonPath partner = partner("generic");
        link(partner, "cust-42", "max");
        String body = "{\"id\":\"dlv-1\",\"externalUserId\":\"cust-42\",\"action\":\"purchase\",\"reference\":\"order-9\"}";

        String first = Webhooks.generic(partner.getString("secret"), body, Instant.now()).post(path(partner))
                .then().statusCode(202).body("status", equalTo("accepted")).extract().path("eventId");
        for (int replay = 0; replay < 2; replay++) {
            Webhooks.generic(partner.getString("secret"), body, Instant.now()).post(path(partner))
                    .then().statusCode(200).body("status", equalTo("duplicate")).body("eventId", equalTo(first));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> balance("max") == 200);
        try (KafkaTestClient kafka = new KafkaTestClient(GatewayPlatformResource.bootstrap())) {
            assertThat(kafka.recordsNow(Topics.ACTIVITY.name(), record -> record.key().equals(community + ":max")))
                    .singleElement().satisfies(record -> assertThat(record.value()).contains(first)
                            .contains("partner:" + partner.getString("id")).contains("order-9"));
        }
        assertThat(balance("max")).isEqualTo(200);
        given().auth().oauth2(admin).get("/api/v1/communities/{c}/audit", community).then().statusCode(200)
                .body("findAll { it.action == 'activity.reported' }.actorId",
                        org.hamcrest.Matchers.contains("partner:" + partner.getString("id")));
    }

    @Test
    void shouldRefuseBadDeliveriesWithTheRightStatusAndPublishNothing() {
        JsonPath partner = partner("generic");
        link(partner, "cust-1", "max");
        String secret = partner.getString("secret");
        String good = "{\"id\":\"d-%s\",\"externalUserId\":\"cust-1\",\"action\":\"purchase\"}";

        Webhooks.generic("whsec_wrong", good.formatted(1), Instant.now()).post(path(partner)).then().statusCode(401)
                .body("type", equalTo("urn:engagehub:problem:invalid-signature"));
        given().contentType("application/json").body(good.formatted(2)).post(path(partner)).then().statusCode(401);
        Webhooks.generic(secret, good.formatted(3), Instant.now().minus(Duration.ofMinutes(10))).post(path(partner))
                .then().statusCode(401).body("type", equalTo("urn:engagehub:problem:stale-timestamp"));
        Webhooks.generic(secret, "{\"id\":\"d-4\",\"pad\":\"" + "x".repeat(70_000) + "\"}", Instant.now())
                .post(path(partner)).then().statusCode(413);
        Webhooks.generic(secret, "{not json", Instant.now()).post(path(partner)).then().statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:malformed-webhook"));
        Webhooks.generic(secret, "{\"id\":\"d-5\",\"externalUserId\":\"nobody\",\"action\":\"purchase\"}",
                Instant.now()).post(path(partner)).then().statusCode(422)
                .body("type", equalTo("urn:engagehub:problem:unknown-member"));
        Webhooks.generic(secret, "{\"id\":\"d-6\",\"externalUserId\":\"cust-1\",\"action\":\"teleported\"}",
                Instant.now()).post(path(partner)).then().statusCode(422)
                .body("type", equalTo("urn:engagehub:problem:unknown-action"));
        Webhooks.generic(secret, "{\"id\":\"d-7\",\"externalUserId\":\"cust-1\",\"action\":\"purchase\","
                + "\"quantity\":-5}", Instant.now()).post(path(partner)).then().statusCode(400);
        Webhooks.generic(secret, good.formatted(8), Instant.now()).post("/webhooks/p_unknown").then().statusCode(404)
                .body("type", equalTo("urn:engagehub:problem:unknown-partner"));

        try (KafkaTestClient kafka = new KafkaTestClient(GatewayPlatformResource.bootstrap())) {
            assertThat(kafka.recordsNow(Topics.ACTIVITY.name(), record -> record.key().startsWith(community + ":")))
                    .isEmpty();
        }
    }

    @Test
    void shouldReadGitHubStripeAndTwitchInTheirOwnFormats() {
        JsonPath github = partner("github");
        link(github, "octocat", "max");
        String merged = "{\"action\":\"closed\",\"pull_request\":{\"merged\":true,\"html_url\":\"https://github.com/"
                + "o/r/pull/1\",\"user\":{\"login\":\"octocat\"}}}";
        Webhooks.github(github.getString("secret"), "pull_request", "gh-1", merged).post(path(github)).then()
                .statusCode(202).body("eventId", notNullValue());
        Webhooks.github(github.getString("secret"), "ping", "gh-2", "{\"zen\":\"hi\"}").post(path(github)).then()
                .statusCode(202).body("status", equalTo("ignored"));

        JsonPath stripe = partner("stripe");
        String checkout = "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"data\":{\"object\":{\"client_reference_id\":\"max\","
                + "\"customer\":\"cus_9\"}}}";
        Webhooks.stripe(stripe.getString("secret"), checkout, Instant.now()).post(path(stripe)).then().statusCode(202);
        Webhooks.stripe(stripe.getString("secret"), checkout, Instant.now().minus(Duration.ofMinutes(6)))
                .post(path(stripe)).then().statusCode(401);

        JsonPath twitch = partner("twitch");
        link(twitch, "1337", "max");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("minPoints", 25))
                .put("/api/v1/communities/{c}/rules/actions/twitch_follow", community).then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        Webhooks.twitch(twitch.getString("secret"), "webhook_callback_verification", "tw-0",
                        "{\"challenge\":\"pogchamp-kappa\",\"subscription\":{\"type\":\"channel.follow\"}}", Instant.now())
                .post(path(twitch)).then().statusCode(200).contentType("text/plain")
                .body(equalTo("pogchamp-kappa"));
        Webhooks.twitch(twitch.getString("secret"), "notification", "tw-1", "{\"subscription\":{\"type\":"
                + "\"channel.follow\"},\"event\":{\"user_id\":\"1337\",\"user_login\":\"max\"}}", Instant.now())
                .post(path(twitch)).then().statusCode(202);

        // pull_request_merged 150 + purchase 200 + twitch_follow 25
        await().atMost(Duration.ofSeconds(20)).until(() -> balance("max") == 375);
    }

    @Test
    void shouldRateLimitAPartnerWithRetryAfter() {
        JsonPath partner = partner("generic");
        for (int i = 0; i < 20; i++) {
            Webhooks.generic("whsec_wrong", "{}", Instant.now()).post(path(partner)).then().statusCode(401);
        }
        Webhooks.generic(partner.getString("secret"), "{}", Instant.now()).post(path(partner)).then().statusCode(429)
                .header("Retry-After", notNullValue()).body("type", equalTo("urn:engagehub:problem:rate-limited"));
    }

    private JsonPath partner(String provider) {
        return given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("name", provider + " shop", "provider", provider))
                .post("/api/v1/communities/{c}/partners", community).then().statusCode(201)
                .body("secret", notNullValue()).extract().jsonPath();
    }

    private void link(JsonPath partner, String externalId, String member) {
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("memberId", member))
                .put("/api/v1/communities/{c}/partners/{p}/members/{e}", community, partner.getString("id"), externalId)
                .then().statusCode(204);
    }

    private static String path(JsonPath partner) {
        return "/webhooks/" + partner.getString("id");
    }

    private long balance(String member) {
        return given().auth().oauth2(Tokens.of("member", community, member))
                .get("/api/v1/communities/{c}/members/{m}/points", community, member).then().statusCode(200)
                .extract().jsonPath().getLong("balance");
    }
}
