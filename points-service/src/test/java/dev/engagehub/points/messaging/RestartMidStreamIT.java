package dev.engagehub.points.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engagehub.events.Topics;
import dev.engagehub.testkit.KafkaTestClient;
import dev.engagehub.testkit.ServiceProcess;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged points-service is SIGKILLed in the middle of a stream and started again: afterwards every
 * event counted exactly once, and the leaderboard equals the ledger.
 */
class RestartMidStreamIT {
    private static final int EVENTS = 3_000;
    private static final PackagedPoints DB = new PackagedPoints("engagehub_points_restart_it");

    @BeforeAll
    static void startBrokerAndForgetOldRuns() throws SQLException {
        DB.start();
    }

    @AfterAll
    static void stopBroker() {
        DB.stop();
    }

    @Test
    void shouldLoseAndDuplicateNothingWhenKilledMidStream() throws SQLException {
        Map<String, String> environment = DB.environment();
        try (ServiceProcess points = ServiceProcess.of(Path.of(""), environment).start();
             KafkaTestClient kafka = new KafkaTestClient(DB.bootstrap())) {
            // Given a community and a stream of uncapped actions whose totals are known in advance
            String community = PackagedPoints.createCommunity(points, "c-restart");
            PackagedPoints.Stream stream = PackagedPoints.Stream.of(community, EVENTS, 40, 7);

            // When it is killed once part of the stream is in the ledger, then started again
            kafka.publishAll(stream.events());
            await().atMost(Duration.ofMinutes(2)).until(() -> DB.count("SELECT count(*) FROM ledger_entries") > EVENTS / 4);
            points.kill();
            long beforeRestart = DB.count("SELECT count(*) FROM ledger_entries");
            points.start();
            kafka.awaitConsumed("points-service", Topics.ACTIVITY.name(), Duration.ofMinutes(3));

            // Then each event is in the ledger exactly once and every member has exactly their total
            assertThat(beforeRestart).isLessThan(EVENTS);
            assertThat(DB.count("SELECT count(*) FROM ledger_entries")).isEqualTo(EVENTS);
            assertThat(DB.count("SELECT count(DISTINCT source_event_id) FROM ledger_entries")).isEqualTo(EVENTS);
            stream.expected().forEach((member, xp) -> assertThat(PackagedPoints.lifetimeXp(points, community, member))
                    .as(member).isEqualTo(xp));
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                    assertThat(PackagedPoints.board(points, community)).isEqualTo(stream.expected()));
        }
    }
}
