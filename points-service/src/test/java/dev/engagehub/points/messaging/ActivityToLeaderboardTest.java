package dev.engagehub.points.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.PointsAwarded;
import dev.engagehub.events.Topics;
import dev.engagehub.points.support.CommunityTestBase;
import dev.engagehub.points.support.PointsApi;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Activity on the broker → ledger in PostgreSQL → points topic → boards in Redis → REST. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ActivityToLeaderboardTest extends CommunityTestBase {
    private final Instant now = Instant.now();

    @Test
    void shouldRecordEachActivityOnceEvenWhenDeliveredTwice() {
        // Given
        EventEnvelope<ActivityRecorded> first = api.activity("alice", "reaction_received", now);
        EventEnvelope<ActivityRecorded> second = api.activity("alice", "reaction_received", now);

        // When the first is delivered twice, and a last event follows on alice's partition
        api.publish(first);
        api.publish(second);
        api.publish(first);
        api.publish(api.activity("bob", "daily_checkin", now));
        EventEnvelope<ActivityRecorded> last = api.publish(api.activity("alice", "invite", now));

        // Then alice has 5 + 5 + 100 once each, never the duplicate's extra 5
        assertThat(api.awaitXp("alice", xp -> xp >= 110)).isEqualTo(110);
        List<String> sources = api.get("/members/{m}/ledger", "alice").extract().jsonPath()
                .getList("sourceEventId", String.class);
        assertThat(sources).containsExactlyInAnyOrder(first.eventId().toString(), second.eventId().toString(),
                last.eventId().toString());
        api.get("/members/{m}/points", "alice").statusCode(200).body("balance", equalTo(110)).body("level", equalTo(1))
                .body("levelStartXp", equalTo(100)).body("nextLevelXp", equalTo(255));

        // And every board ranks them from the ledger's totals
        await().atMost(PointsApi.WAIT).untilAsserted(() -> assertThat(api.board("all", ""))
                .extracting(e -> e.get("memberId"), e -> e.get("points"), e -> e.get("rank"))
                .containsExactly(tuple("alice", 110, 1),
                        tuple("bob", 50, 2)));
        assertThat(api.board("day", "&period=" + now.toString().substring(0, 10)))
                .extracting(e -> e.get("memberId")).containsExactly("alice", "bob");
    }

    @Test
    void shouldAnnounceAwardsOnThePointsTopicThroughTheOutbox() {
        // Given
        EventEnvelope<ActivityRecorded> checkIn = api.activity("carol", "daily_checkin", now);

        // When
        api.publish(checkIn);

        // Then
        ConsumerRecord<String, String> record = api.kafka().awaitRecord(Topics.POINTS.name(),
                r -> r.value().contains(checkIn.eventId().toString()) && r.value().contains("PointsAwarded"),
                PointsApi.WAIT);
        EventEnvelope<PointsAwarded> awarded = EventCodec.decode(record.value(), PointsAwarded.class);
        assertThat(record.key()).isEqualTo(api.id() + ":carol");
        assertThat(KafkaTestClient.header(record, "eventType")).isEqualTo("PointsAwarded");
        assertThat(KafkaTestClient.header(record, "eventId")).isEqualTo(awarded.eventId().toString());
        assertThat(awarded.correlationId()).isEqualTo(checkIn.correlationId());
        assertThat(awarded.payload().points()).isEqualTo(50);
        assertThat(awarded.payload().balance()).isEqualTo(50);
        assertThat(awarded.payload().sourceEventId()).isEqualTo(checkIn.eventId());
        assertThat(awarded.payload().ledgerEntryId()).isPositive();
    }

    @Test
    void shouldDeadLetterUnreadableAndInapplicableRecordsWithTheReasonAndKeepConsuming() {
        // Given
        String key = api.id() + ":mallory";

        // When an unreadable record, an unknown action and an unknown community arrive before a good event
        api.kafka().publishRaw(Topics.ACTIVITY.name(), key, "{not json");
        api.publish(api.activity("mallory", "teleport", now));
        EventEnvelope<ActivityRecorded> stranger = EventEnvelope.of("no-such-community", "mallory", "discord",
                ActivityRecorded.of("message"));
        api.kafka().publish(stranger);
        api.publish(api.activity("mallory", "daily_checkin", now));

        // Then each is parked in the dead-letter topic with its reason, and the good event still counts
        Map<String, String> reasons = Map.of("{not json", "not JSON", "teleport", "no rule for action 'teleport'",
                "no-such-community", "unknown community 'no-such-community'");
        reasons.forEach((marker, reason) -> {
            ConsumerRecord<String, String> dead = api.kafka().awaitRecord(Topics.ACTIVITY.deadLetterTopic(),
                    r -> r.value().contains(marker) && (r.key().equals(key) || r.key().startsWith("no-such")),
                    PointsApi.WAIT);
            assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).contains(reason);
        });
        assertThat(api.awaitXp("mallory", xp -> xp > 0)).isEqualTo(50);
    }
}
