package dev.engagehub.points.messaging;

import static io.restassured.RestAssured.given;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceProcess;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * What the process-level tests of points-service share: a test broker, their own database (emptied of earlier
 * runs), a known stream, the board.
 */
final class PackagedPoints {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    private final String database;
    private final KafkaBrokerResource broker = new KafkaBrokerResource();
    private String bootstrap;

    PackagedPoints(String database) {
        this.database = database;
    }

    /** Starts the broker and drops what an earlier run left in the database. */
    void start() throws SQLException {
        bootstrap = broker.start().get("kafka.bootstrap.servers");
        try (Connection db = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
             Statement statement = db.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    void stop() {
        broker.stop();
    }

    String bootstrap() {
        return bootstrap;
    }

    /** What a packaged instance needs to run on this broker and database. */
    Map<String, String> environment() {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "ENGAGEHUB_DB_NAME", database);
    }

    /** A new community with the default rules, created through the service. */
    static String createCommunity(ServiceProcess points, String prefix) {
        String community = prefix + "-" + UUID.randomUUID();
        given().baseUri(points.baseUri()).contentType(ContentType.JSON).header("X-Actor-Id", "operator")
                .body(Map.of("name", prefix, "timeZone", "UTC"))
                .put("/api/v1/communities/{c}", community).then().statusCode(201);
        return community;
    }

    /** Uncapped actions whose totals are known in advance: the events, and each member's expected XP. */
    record Stream(List<EventEnvelope<ActivityRecorded>> events, Map<String, Long> expected) {
        static Stream of(String community, int events, int members, long seed) {
            Random random = new Random(seed);
            Map<String, Long> expected = new HashMap<>();
            List<EventEnvelope<ActivityRecorded>> stream = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                String member = "m" + random.nextInt(members);
                boolean purchase = random.nextBoolean();
                stream.add(EventEnvelope.of(community, member, "partner:shop",
                        ActivityRecorded.of(purchase ? "purchase" : "course_lesson_completed"))
                        .occurringAt(Instant.now()));
                expected.merge(member, purchase ? 200L : 40L, Long::sum);
            }
            return new Stream(stream, expected);
        }
    }

    long count(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(POSTGRES + database, "postgres", "");
             Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static long lifetimeXp(ServiceProcess points, String community, String member) {
        return given().baseUri(points.baseUri()).get("/api/v1/communities/{c}/members/{m}/points", community, member)
                .then().statusCode(200).extract().jsonPath().getLong("lifetimeXp");
    }

    /** The all-time board, member → points (up to 100 members). */
    static Map<String, Long> board(ServiceProcess points, String community) {
        Map<String, Long> board = new HashMap<>();
        List<Map<String, Object>> entries = given().baseUri(points.baseUri())
                .get("/api/v1/communities/{c}/leaderboards/all?limit=100", community)
                .then().statusCode(200).extract().jsonPath().getList("entries");
        entries.forEach(entry -> board.put((String) entry.get("memberId"), ((Number) entry.get("points")).longValue()));
        return board;
    }
}
