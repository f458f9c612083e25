package dev.engagehub.points.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.testkit.KafkaTestClient;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongPredicate;

/** Drives points-service the way its peers do: REST for admins and members, the broker for activity. */
public final class PointsApi implements AutoCloseable {
    public static final String ADMIN = "admin-1";
    public static final Duration WAIT = Duration.ofSeconds(30);

    private final String community;
    private final KafkaTestClient kafka = KafkaTestClient.forQuarkusTest();

    private PointsApi(String community) {
        this.community = community;
    }

    /** A fresh community with the default rules, in {@code timeZone}. */
    public static PointsApi newCommunity(String timeZone) {
        String id = "c-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("X-Actor-Id", ADMIN)
                .body(Map.of("name", "Test community", "timeZone", timeZone))
                .put("/api/v1/communities/{c}", id).then().statusCode(201);
        return new PointsApi(id);
    }

    public static PointsApi newCommunity() {
        return newCommunity("UTC");
    }

    public String id() {
        return community;
    }

    public KafkaTestClient kafka() {
        return kafka;
    }

    public EventEnvelope<ActivityRecorded> activity(String member, String action, Instant at) {
        return EventEnvelope.of(community, member, "discord", ActivityRecorded.of(action)).occurringAt(at);
    }

    public EventEnvelope<ActivityRecorded> activity(String member, ActivityRecorded payload, Instant at) {
        return EventEnvelope.of(community, member, "discord", payload).occurringAt(at);
    }

    /** Publishes and returns the event. */
    public EventEnvelope<ActivityRecorded> publish(EventEnvelope<ActivityRecorded> event) {
        kafka.publish(event);
        return event;
    }

    public ValidatableResponse get(String path, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = community;
        System.arraycopy(params, 0, all, 1, params.length);
        return given().get("/api/v1/communities/{c}" + path, all).then();
    }

    public ValidatableResponse adminPut(String path, Object body, Object... params) {
        return given().contentType(ContentType.JSON).header("X-Actor-Id", ADMIN).body(body)
                .put("/api/v1/communities/" + community + path, params).then();
    }

    public ValidatableResponse adminPost(String path, Object body, Object... params) {
        return given().contentType(ContentType.JSON).header("X-Actor-Id", ADMIN).body(body)
                .post("/api/v1/communities/" + community + path, params).then();
    }

    public ValidatableResponse memberPost(String member, String path, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/communities/{c}/members/{m}" + path, community, member).then();
    }

    public long balanceOf(String member) {
        return get("/members/{m}/points", member).statusCode(200).extract().jsonPath().getLong("balance");
    }

    public long lifetimeXpOf(String member) {
        return get("/members/{m}/points", member).statusCode(200).extract().jsonPath().getLong("lifetimeXp");
    }

    /** Waits until the member's lifetime XP satisfies {@code condition}, then returns it. */
    public long awaitXp(String member, LongPredicate condition) {
        await().atMost(WAIT).until(() -> condition.test(lifetimeXpOf(member)));
        return lifetimeXpOf(member);
    }

    public int ledgerSize(String member) {
        return get("/members/{m}/ledger?limit=500", member).statusCode(200).extract().jsonPath().getList("$").size();
    }

    /** The board as member → points, best first. */
    public List<Map<String, Object>> board(String window, String query) {
        return get("/leaderboards/" + window + "?limit=100" + query).statusCode(200).extract().jsonPath()
                .getList("entries");
    }

    @Override
    public void close() {
        kafka.close();
    }
}
