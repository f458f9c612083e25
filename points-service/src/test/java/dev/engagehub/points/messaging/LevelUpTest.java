package dev.engagehub.points.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.LevelReached;
import dev.engagehub.events.Topics;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class LevelUpTest {
    private final String community = "c-" + UUID.randomUUID();

    @Test
    void shouldAnnounceEachLevelCrossedOnce() {
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            // Given 100 XP reaches level 1 and 255 XP level 2 on the default curve
            String key = community + ":dana";

            // When dana earns 50 + 50 (level 1), then 200 at once (level 2, and 300 XP is short of level 3's 475)
            kafka.publish(EventEnvelope.of(community, "dana", "discord", ActivityRecorded.of("daily_checkin")));
            kafka.publish(EventEnvelope.of(community, "dana", "discord", ActivityRecorded.of("daily_checkin")));
            kafka.publish(EventEnvelope.of(community, "dana", "partner:shop", ActivityRecorded.of("purchase")));

            // Then exactly levels 1 and 2 are announced, in order, on dana's key
            List<ConsumerRecord<String, String>> records = kafka.awaitRecords(Topics.POINTS.name(),
                    r -> key.equals(r.key()) && "LevelReached".equals(KafkaTestClient.header(r, "eventType")),
                    2, Duration.ofSeconds(20));
            List<LevelReached> levels = records.stream()
                    .map(r -> EventCodec.decode(r.value(), LevelReached.class).payload()).toList();
            assertThat(levels).extracting(LevelReached::level).containsExactly(1, 2);
            assertThat(levels).extracting(LevelReached::lifetimeXp).containsExactly(100L, 300L);
        }
    }
}
