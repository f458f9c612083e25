package dev.engagehub.points.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engagehub.events.Topics;
import dev.engagehub.testkit.KafkaTestClient;
import dev.engagehub.testkit.ServiceProcess;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged points-service instances in one consumer group: the second joins in the middle of a stream and
 * the first leaves before it ends, so partitions move twice while batches are in flight. Every event is in
 * the ledger once, every member has exactly their total, and the board equals the ledger.
 */
class TwoInstancesRebalanceIT {
    private static final int EVENTS = 4_000;
    private static final PackagedPoints DB = new PackagedPoints("engagehub_points_rebalance_it");

    @BeforeAll
    static void startBrokerAndForgetOldRuns() throws SQLException {
        DB.start();
    }

    @AfterAll
    static void stopBroker() {
        DB.stop();
    }

    @Test
    void shouldSharePartitionsAndDuplicateNothingAcrossRebalances() throws Exception {
        Map<String, String> environment = DB.environment();
        try (ServiceProcess first = ServiceProcess.of(Path.of(""), environment).start();
             ServiceProcess second = ServiceProcess.of(Path.of(""), environment);
             KafkaTestClient kafka = new KafkaTestClient(DB.bootstrap());
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DB.bootstrap()))) {
            // Given one instance working through the first half of a known stream
            String community = PackagedPoints.createCommunity(first, "c-rebalance");
            PackagedPoints.Stream stream = PackagedPoints.Stream.of(community, EVENTS, 60, 11);
            kafka.publishAll(stream.events().subList(0, EVENTS / 2));
            await().atMost(Duration.ofMinutes(2)).until(() -> DB.count("SELECT count(*) FROM ledger_entries") > 200);

            // When a second instance joins, takes a share of the partitions, and the first leaves mid-stream
            second.start();
            await().atMost(Duration.ofMinutes(1)).until(() -> sharedByTwo(admin.describeConsumerGroups(
                    List.of("points-service")).all().get().get("points-service")));
            kafka.publishAll(stream.events().subList(EVENTS / 2, EVENTS));
            await().atMost(Duration.ofMinutes(2)).until(() ->
                    DB.count("SELECT count(*) FROM ledger_entries") > EVENTS * 3 / 4);
            first.close();
            kafka.awaitConsumed("points-service", Topics.ACTIVITY.name(), Duration.ofMinutes(3));

            // Then nothing is lost or doubled, and the projection agrees with the ledger
            assertThat(DB.count("SELECT count(*) FROM ledger_entries")).isEqualTo(EVENTS);
            assertThat(DB.count("SELECT count(DISTINCT source_event_id) FROM ledger_entries")).isEqualTo(EVENTS);
            stream.expected().forEach((member, xp) -> assertThat(PackagedPoints.lifetimeXp(second, community, member))
                    .as(member).isEqualTo(xp));
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                    assertThat(PackagedPoints.board(second, community)).isEqualTo(stream.expected()));
        }
    }

    /** Both members of the group hold partitions of the activity topic. */
    private static boolean sharedByTwo(ConsumerGroupDescription group) {
        long holding = group.members().stream().filter(member -> member.assignment().topicPartitions().stream()
                .anyMatch(partition -> partition.topic().equals(Topics.ACTIVITY.name()))).count();
        return holding == 2;
    }
}
