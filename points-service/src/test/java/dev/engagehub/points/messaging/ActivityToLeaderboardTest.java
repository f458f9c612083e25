package dev.engagehub.points.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.PointsAwarded;
import dev.engagehub.events.Topics;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first end-to-end proof: activity on the broker → ledger in PostgreSQL → board in Redis → REST. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ActivityToLeaderboardTest {
    private final String community = "c-" + UUID.randomUUID();
    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forQuarkusTest();
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void shouldRecordEachActivityOnceEvenWhenDeliveredTwice() {
        // Given
        EventEnvelope<ActivityRecorded> first = activity("alice", "message");
        EventEnvelope<ActivityRecorded> second = activity("alice", "message");
        EventEnvelope<ActivityRecorded> checkIn = activity("bob", "daily_checkin");

        // When the first is delivered twice, and a last event follows on alice's partition
        kafka.publish(first);
        kafka.publish(second);
        kafka.publish(first);
        kafka.publish(checkIn);
        EventEnvelope<ActivityRecorded> last = activity("alice", "reaction_received");
        kafka.publish(last);

        // Then alice has 20 + 20 + 5 once each, never the duplicate's extra 20
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ledgerOf("alice").body("size()", equalTo(3)));
        given().get("/api/v1/communities/{c}/members/{m}/points", community, "alice").then()
                .statusCode(200).body("balance", equalTo(45)).body("lifetimeXp", equalTo(45)).body("level", equalTo(0));
        List<String> sources = ledgerOf("alice").extract().jsonPath().getList("sourceEventId", String.class);
        assertThat(sources).containsExactlyInAnyOrder(first.eventId().toString(), second.eventId().toString(),
                last.eventId().toString());

        // And the all-time board ranks them from the ledger's totals
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/communities/{c}/leaderboards/all", community).then()
                        .statusCode(200)
                        .body("entries.memberId", equalTo(List.of("bob", "alice")))
                        .body("entries.points", equalTo(List.of(50, 45)))
                        .body("entries.rank", equalTo(List.of(1, 2))));
        given().get("/api/v1/communities/{c}/leaderboards/day?period={p}", community,
                        first.occurredAt().toString().substring(0, 10)).then()
                .statusCode(200).body("entries.memberId", equalTo(List.of("bob", "alice")));
    }

    @Test
    void shouldAnnounceAwardsOnThePointsTopicThroughTheOutbox() {
        // Given
        EventEnvelope<ActivityRecorded> checkIn = activity("carol", "daily_checkin");

        // When
        kafka.publish(checkIn);

        // Then
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.POINTS.name(),
                r -> r.value().contains(checkIn.eventId().toString()), Duration.ofSeconds(20));
        EventEnvelope<PointsAwarded> awarded = EventCodec.decode(record.value(), PointsAwarded.class);
        assertThat(record.key()).isEqualTo(community + ":carol");
        assertThat(KafkaTestClient.header(record, "eventType")).isEqualTo("PointsAwarded");
        assertThat(KafkaTestClient.header(record, "eventId")).isEqualTo(awarded.eventId().toString());
        assertThat(awarded.correlationId()).isEqualTo(checkIn.correlationId());
        assertThat(awarded.payload().points()).isEqualTo(50);
        assertThat(awarded.payload().balance()).isEqualTo(50);
        assertThat(awarded.payload().sourceEventId()).isEqualTo(checkIn.eventId());
    }

    @Test
    void shouldDeadLetterAnUnreadableRecordWithTheReasonAndKeepConsuming() {
        // Given
        String key = community + ":mallory";

        // When
        kafka.publishRaw(Topics.ACTIVITY.name(), key, "{not json");
        kafka.publish(activity("mallory", "daily_checkin"));

        // Then
        ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.ACTIVITY.deadLetterTopic(),
                r -> key.equals(r.key()), Duration.ofSeconds(20));
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).contains("not JSON");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/communities/{c}/members/{m}/points", community, "mallory").then()
                        .body("balance", equalTo(50)));
    }

    private EventEnvelope<ActivityRecorded> activity(String member, String action) {
        return EventEnvelope.of(community, member, "discord", ActivityRecorded.of(action));
    }

    private io.restassured.response.ValidatableResponse ledgerOf(String member) {
        return given().get("/api/v1/communities/{c}/members/{m}/ledger", community, member).then().statusCode(200);
    }
}
