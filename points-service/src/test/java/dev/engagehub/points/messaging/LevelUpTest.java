package dev.engagehub.points.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.LevelReached;
import dev.engagehub.events.Topics;
import dev.engagehub.points.support.PointsApi;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class LevelUpTest {

    @Test
    void shouldAnnounceEachLevelCrossedOnceWithItsRoleReward() {
        try (PointsApi api = PointsApi.newCommunity()) {
            // Given 100 XP reaches level 1 and 255 XP level 2 on the default curve, and level 2 gives a role
            api.adminPut("/rules/settings", Map.of("levelCurve", Map.of("quadratic", 5, "linear", 50, "base", 100),
                    "streakGraceDays", 1, "levelRoleRewards", List.of(Map.of("level", 2, "roleId", "role-regular"))))
                    .statusCode(200);
            Instant now = Instant.now();

            // When dana checks in (50), then two purchases (200 each) take her from 50 to 450 XP
            api.publish(api.activity("dana", "daily_checkin", now));
            api.publish(api.activity("dana", "purchase", now));
            api.publish(api.activity("dana", "purchase", now));

            // Then levels 1 and 2 are announced once each, in order, on dana's key, level 2 with its role
            List<ConsumerRecord<String, String>> records = api.kafka().awaitRecords(Topics.PROGRESS.name(),
                    r -> (api.id() + ":dana").equals(r.key())
                            && "LevelReached".equals(KafkaTestClient.header(r, "eventType")),
                    2, Duration.ofSeconds(20));
            List<LevelReached> levels = records.stream()
                    .map(r -> EventCodec.decode(r.value(), LevelReached.class).payload()).toList();
            assertThat(levels).extracting(LevelReached::level).containsExactly(1, 2);
            assertThat(levels).extracting(LevelReached::lifetimeXp).containsExactly(250L, 450L);
            assertThat(levels).extracting(LevelReached::roleRewardId).containsExactly(null, "role-regular");
        }
    }
}
