package dev.engagehub.points.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.Topics;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import dev.engagehub.testkit.ServiceProcess;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged points-service is SIGKILLed in the middle of a stream and started again: afterwards every
 * event counted exactly once, and the leaderboard equals the ledger.
 */
class RestartMidStreamIT {
    private static final String DATABASE = "engagehub_points_restart_it";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final int EVENTS = 3_000;
    private static final KafkaBrokerResource BROKER = new KafkaBrokerResource();
    private static String bootstrap;

    @BeforeAll
    static void startBrokerAndForgetOldRuns() throws SQLException {
        bootstrap = BROKER.start().get("kafka.bootstrap.servers");
        try (Connection db = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
             Statement statement = db.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
    }

    @Test
    void shouldLoseAndDuplicateNothingWhenKilledMidStream() throws SQLException {
        Map<String, String> environment = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "ENGAGEHUB_DB_NAME", DATABASE);
        try (ServiceProcess points = ServiceProcess.of(Path.of(""), environment).start();
             KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            // Given a community and a stream of uncapped actions whose totals are known in advance
            String community = "c-restart-" + UUID.randomUUID();
            request(points).contentType(ContentType.JSON).header("X-Actor-Id", "operator")
                    .body(Map.of("name", "Restart", "timeZone", "UTC"))
                    .put("/api/v1/communities/{c}", community).then().statusCode(201);
            Random random = new Random(7);
            Map<String, Long> expected = new HashMap<>();
            List<EventEnvelope<ActivityRecorded>> stream = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                String member = "m" + random.nextInt(40);
                boolean purchase = random.nextBoolean();
                stream.add(EventEnvelope.of(community, member, "partner:shop",
                        ActivityRecorded.of(purchase ? "purchase" : "course_lesson_completed")).occurringAt(Instant.now()));
                expected.merge(member, purchase ? 200L : 40L, Long::sum);
            }

            // When it is killed once part of the stream is in the ledger, then started again
            kafka.publishAll(stream);
            await().atMost(Duration.ofMinutes(2)).until(() -> count("SELECT count(*) FROM ledger_entries") > EVENTS / 4);
            points.kill();
            long beforeRestart = count("SELECT count(*) FROM ledger_entries");
            points.start();
            kafka.awaitConsumed("points-service", Topics.ACTIVITY.name(), Duration.ofMinutes(3));

            // Then each event is in the ledger exactly once and every member has exactly their total
            assertThat(beforeRestart).isLessThan(EVENTS);
            assertThat(count("SELECT count(*) FROM ledger_entries")).isEqualTo(EVENTS);
            assertThat(count("SELECT count(DISTINCT source_event_id) FROM ledger_entries")).isEqualTo(EVENTS);
            expected.forEach((member, xp) -> assertThat(request(points)
                    .get("/api/v1/communities/{c}/members/{m}/points", community, member)
                    .then().statusCode(200).extract().jsonPath().getLong("lifetimeXp")).as(member).isEqualTo(xp));
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(board(points, community))
                    .isEqualTo(expected));
        }
    }

    private static Map<String, Long> board(ServiceProcess points, String community) {
        Map<String, Long> board = new HashMap<>();
        List<Map<String, Object>> entries = request(points)
                .get("/api/v1/communities/{c}/leaderboards/all?limit=100", community)
                .then().statusCode(200).extract().jsonPath().getList("entries");
        entries.forEach(entry -> board.put((String) entry.get("memberId"), ((Number) entry.get("points")).longValue()));
        return board;
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(POSTGRES + DATABASE, "postgres", "");
             Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static RequestSpecification request(ServiceProcess service) {
        return given().baseUri(service.baseUri());
    }
}
