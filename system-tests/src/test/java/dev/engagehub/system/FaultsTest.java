package dev.engagehub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.Topics;
import dev.engagehub.system.support.Community;
import dev.engagehub.system.support.KafkaServer;
import dev.engagehub.system.support.Platform;
import dev.engagehub.system.support.PostgresServer;
import dev.engagehub.system.support.RedisServer;
import dev.engagehub.testkit.KafkaTestClient;
import dev.engagehub.testkit.ServiceProcess;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform keeps its promises through crashes and outages. It runs on a broker, PostgreSQL and Redis of its
 * own, so it can stop them under the services: no event is lost or counted twice, no reward is oversold, no
 * balance drifts from the ledger, and every board ends equal to the ledger.
 */
class FaultsTest {
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final int MEMBERS = 100;
    private static final Map<String, Long> POINTS = Map.of("purchase", 200L, "course_lesson_completed", 40L);
    private static final long PERK_COST = 100;
    private static final int PERK_STOCK = 300;
    private static final List<String> WINDOWS = List.of("day", "week", "month", "all");

    private static KafkaServer kafka;
    private static PostgresServer postgres;
    private static RedisServer redis;
    private static Platform platform;

    @BeforeAll
    static void startThePlatformOnServersOfItsOwn() {
        kafka = new KafkaServer().start();
        postgres = new PostgresServer().start();
        redis = new RedisServer().start();
        platform = Platform.on(kafka, postgres, redis);
    }

    @AfterAll
    static void stopEverything() {
        for (AutoCloseable part : new AutoCloseable[] {platform, kafka, redis, postgres}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                System.err.println("could not stop " + part + ": " + e);
            }
        }
    }

    @Test
    void shouldLoseNothingWhenPointsThenRewardsServiceAreKilledMidStream() throws Exception {
        // Given a community whose members hold points, and a perk with less stock than will be asked for
        Community community = Community.create(platform, "crash", "Crash");
        community.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Perk", "kind", "DIGITAL_PERK",
                "cost", PERK_COST, "stock", PERK_STOCK, "visible", true))
                .put("/api/v1/communities/{c}/rewards/perk", community.id()).then().statusCode(201);
        Stream stream = Stream.of(community.id(), 20_000, new Random(7));
        try (KafkaTestClient client = new KafkaTestClient(kafka.bootstrap())) {
            client.publishAll(stream.events().subList(0, 2_000));
            await().atMost(WAIT).until(() -> awards(community), equalTo(2_000L));

            // When the other 18,000 events and 500 redemptions arrive, and points-service then rewards-service
            // are killed (SIGKILL) in the middle of them and started again
            ExecutorService load = Executors.newFixedThreadPool(9);
            Future<?> publishing = load.submit(() -> client.publishAll(stream.events().subList(2_000, 20_000)));
            Redemptions redemptions = new Redemptions(community);
            List<Future<?>> asked = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String member = "m" + (i % MEMBERS);
                asked.add(load.submit(() -> redemptions.redeem(member)));
            }
            await().atMost(WAIT).until(() -> awards(community) >= 6_000);
            crashAndRestart(platform.service("points-service"));
            await().atMost(WAIT).until(() -> redemptions.answered() >= 150);
            crashAndRestart(platform.service("rewards-service"));
            publishing.get();
            for (Future<?> redemption : asked) {
                redemption.get();
            }
            load.shutdown();

            // Then every event is in the ledger exactly once and every member's XP is exact
            client.awaitConsumed("points-service", Topics.ACTIVITY.name(), WAIT);
            await().atMost(WAIT).until(() -> awards(community), equalTo(20_000L));
            Map<String, Long> xp = lifetimeXp(community);
            assertThat(xp).isEqualTo(stream.expected());

            // ... every request answered once (a retry finds its redemption), nothing stuck, no unit sold twice
            assertThat(redemptions.answered()).isEqualTo(500);
            await().atMost(WAIT).until(() -> count(rewards(), "redemptions", community, "status NOT IN "
                    + "('FULFILLED', 'REJECTED')") == 0);
            assertThat(count(rewards(), "redemptions", community, "true")).isEqualTo(redemptions.accepted.size());
            Map<String, Long> fulfilled = fulfilledByMember(community);
            assertThat(fulfilled.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(PERK_STOCK);
            assertThat(community.asAdmin().get("/api/v1/communities/{c}/rewards/perk", community.id())
                    .then().statusCode(200).extract().jsonPath().getLong("available")).isZero();

            // ... every balance is its XP less what it spent, and every board equals the ledger
            await().atMost(WAIT).untilAsserted(() -> assertThat(balances(community)).isEqualTo(
                    xp.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, member -> member.getValue()
                            - PERK_COST * fulfilled.getOrDefault(member.getKey(), 0L)))));
            awaitBoardsEqual(community, xp);
        }
    }

    @Test
    void shouldGoNotReadyAndRecoverWhenTheBrokerPostgresAndRedisStopUnderLoad() throws Exception {
        // Given a quiet community on the boards, and a busy one with a steady stream of activity
        Community quiet = Community.create(platform, "quiet", "Quiet");
        Stream quietStream = Stream.of(quiet.id(), 50, new Random(3));
        Community community = Community.create(platform, "outage", "Outage");
        Stream stream = Stream.of(community.id(), 6_000, new Random(11));
        AtomicBoolean outagesOver = new AtomicBoolean();
        ExecutorService load = Executors.newSingleThreadExecutor();
        Future<?> publishing;
        try (KafkaTestClient client = new KafkaTestClient(kafka.bootstrap())) {
            client.publishAll(quietStream.events());
            awaitBoardsEqual(quiet, quietStream.expected());
            publishing = load.submit(() -> {
                // Paced so that the stream lasts through the outages; the producer buffers while the broker is away.
                for (int from = 0; from < stream.events().size(); from += 100) {
                    client.publishAll(stream.events().subList(from, from + 100));
                    if (!outagesOver.get()) {
                        pause(Duration.ofMillis(400));
                    }
                }
            });
            ServiceProcess points = platform.service("points-service");

            // When the broker stops, then PostgreSQL, then Redis (which comes back empty), each for a while
            kafka.stop();
            awaitReadiness(false, platform.service("points-service"), platform.service("rewards-service"));
            kafka.start();
            awaitReadiness(true, platform.services().toArray(ServiceProcess[]::new));

            postgres.stop();
            awaitReadiness(false, points, platform.service("rewards-service"), platform.service("analytics-service"));
            postgres.start();
            awaitReadiness(true, platform.services().toArray(ServiceProcess[]::new));

            redis.kill();
            awaitReadiness(false, points);
            // Rate limits fail open: the gateway stays ready and answers what needs no board.
            assertThat(platform.service("api-gateway").ready()).isTrue();
            community.asAdmin().get("/api/v1/communities/{c}", community.id()).then().statusCode(200);
            redis.start();
            awaitReadiness(true, platform.services().toArray(ServiceProcess[]::new));
            outagesOver.set(true);
            publishing.get();
            load.shutdown();

            // Then every event counted once, the boards rebuilt from the ledger and fed on from there
            client.awaitConsumed("points-service", Topics.ACTIVITY.name(), WAIT);
        }
        await().atMost(WAIT).until(() -> awards(community), equalTo(6_000L));
        Map<String, Long> xp = lifetimeXp(community);
        assertThat(xp).isEqualTo(stream.expected());
        awaitBoardsEqual(community, xp);
        assertThat(lifetimeXp(quiet)).isEqualTo(quietStream.expected());
        awaitBoardsEqual(quiet, quietStream.expected());
    }

    /** Uncapped actions, so every member's total is known in advance. */
    private record Stream(List<EventEnvelope<ActivityRecorded>> events, Map<String, Long> expected) {
        static Stream of(String community, int count, Random random) {
            List<EventEnvelope<ActivityRecorded>> events = new ArrayList<>();
            Map<String, Long> expected = new HashMap<>();
            List<String> actions = List.copyOf(POINTS.keySet());
            for (int i = 0; i < count; i++) {
                String member = "m" + random.nextInt(MEMBERS);
                String action = actions.get(random.nextInt(actions.size()));
                events.add(EventEnvelope.of(community, member, "partner:shop", ActivityRecorded.of(action))
                        .occurringAt(Instant.now()));
                expected.merge(member, POINTS.get(action), Long::sum);
            }
            return new Stream(events, expected);
        }
    }

    /** Members redeeming through the API as an app would: a refused connection or 5xx is retried with the same key. */
    private static final class Redemptions {
        private final Community community;
        private final Set<String> accepted = ConcurrentHashMap.newKeySet();
        private final AtomicInteger soldOut = new AtomicInteger();

        Redemptions(Community community) {
            this.community = community;
        }

        void redeem(String member) {
            String key = UUID.randomUUID().toString();
            while (true) {
                try {
                    Response response = community.as(member).contentType(ContentType.JSON)
                            .header("Idempotency-Key", key).body(Map.of("rewardKey", "perk"))
                            .post("/api/v1/communities/{c}/members/{m}/redemptions", community.id(), member);
                    if (response.statusCode() == 202) {
                        accepted.add(response.jsonPath().getString("id"));
                        return;
                    }
                    if (response.statusCode() == 409) {
                        soldOut.incrementAndGet();
                        return;
                    }
                    assertThat(response.statusCode()).as(response.asString()).isGreaterThanOrEqualTo(500);
                } catch (RuntimeException unreachable) {
                    // The gateway's connection was cut mid-answer: ask again.
                }
                pause(Duration.ofMillis(300));
            }
        }

        int answered() {
            return accepted.size() + soldOut.get();
        }

        int accepted() {
            return accepted.size();
        }

        int soldOut() {
            return soldOut.get();
        }

    }

    private static void crashAndRestart(ServiceProcess service) {
        service.kill();
        pause(Duration.ofSeconds(2));
        service.start();
    }

    private static void awaitReadiness(boolean ready, ServiceProcess... services) {
        for (ServiceProcess service : services) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> service.ready() == ready);
        }
    }

    private static void awaitBoardsEqual(Community community, Map<String, Long> xp) {
        for (String window : WINDOWS) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(board(community, window)).as(window).isEqualTo(xp));
        }
    }

    private static Map<String, Long> board(Community community, String window) {
        Map<String, Long> board = new HashMap<>();
        List<Map<String, Object>> entries = community.asAdmin().get("/api/v1/communities/{c}/leaderboards/{w}?limit=100",
                community.id(), window).then().statusCode(200).extract().jsonPath().getList("entries");
        entries.forEach(entry -> board.put((String) entry.get("memberId"), ((Number) entry.get("points")).longValue()));
        return board;
    }

    /** Ledger awards, one per activity event at most: {@code source_event_id} is unique. */
    private static long awards(Community community) throws SQLException {
        return count(points(), "ledger_entries", community, "kind = 'AWARD'");
    }

    private static Map<String, Long> lifetimeXp(Community community) throws SQLException {
        return perMember(points(), "SELECT member_id, lifetime_xp FROM member_points", community);
    }

    private static Map<String, Long> balances(Community community) throws SQLException {
        return perMember(points(), "SELECT member_id, balance FROM member_points", community);
    }

    private static Map<String, Long> fulfilledByMember(Community community) throws SQLException {
        return perMember(rewards(), "SELECT member_id, count(*) FROM redemptions", community,
                "AND status = 'FULFILLED' GROUP BY member_id");
    }

    private static long count(String database, String table, Community community, String condition)
            throws SQLException {
        return perMember(database, "SELECT 'all', count(*) FROM " + table, community, "AND " + condition)
                .getOrDefault("all", 0L);
    }

    /** {@code select} (member, number) restricted to the community, then {@code rest}. */
    private static Map<String, Long> perMember(String database, String select, Community community, String... rest)
            throws SQLException {
        Map<String, Long> values = new HashMap<>();
        try (Connection db = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement statement = db.prepareStatement(select + " WHERE community_id = ? "
                     + String.join(" ", rest))) {
            statement.setString(1, community.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return values;
    }

    private static String rewards() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/engagehub_rewards_system_test";
    }

    private static String points() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/engagehub_points_system_test";
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
