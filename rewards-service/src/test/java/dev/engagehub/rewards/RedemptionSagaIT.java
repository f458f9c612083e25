package dev.engagehub.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.Topics;
import dev.engagehub.rewards.support.PointsApi;
import dev.engagehub.rewards.support.PointsServiceResource;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import dev.engagehub.testkit.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The redemption saga between the two packaged services, as separate processes on the real broker and
 * PostgreSQL: a rush on scarce stock, then both services SIGKILLed in the middle of one.
 */
class RedemptionSagaIT {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String POINTS_DB = "engagehub_points_saga_it";
    private static final String REWARDS_DB = "engagehub_rewards_saga_it";
    private static final long COST = 300;
    /** Enough for every request a member makes here, so stock alone decides who gets a unit. */
    private static final long START_BALANCE = 1_200;
    private static final KafkaBrokerResource BROKER = new KafkaBrokerResource();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static ServiceProcess points;
    private static ServiceProcess rewards;
    private static String bootstrap;

    @BeforeAll
    static void startBothServices() throws SQLException {
        bootstrap = BROKER.start().get("kafka.bootstrap.servers");
        dropDatabases();
        points = ServiceProcess.of(PointsServiceResource.MODULE, Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "ENGAGEHUB_DB_NAME", POINTS_DB)).start();
        rewards = ServiceProcess.of(Path.of(""), Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "ENGAGEHUB_DB_NAME", REWARDS_DB, "QUARKUS_REST_CLIENT_POINTS_SERVICE_URL", points.baseUri())).start();
    }

    @AfterAll
    static void stopAll() {
        if (rewards != null) {
            rewards.close();
        }
        if (points != null) {
            points.close();
        }
        BROKER.stop();
    }

    @Test
    void shouldFulfilExactlyTheStockWhenAThousandMembersRedeemAtOnce() throws Exception {
        // Given 250 members who can each afford four, and 100 codes
        String community = "c-rush-" + UUID.randomUUID();
        List<String> members = members(250);
        setUp(community, members, 100);

        // When they send 1,000 redemptions at once
        Map<String, Integer> statuses = redeemAll(community, members, 4, 200);

        // Then exactly 100 are accepted and 900 refused as out of stock
        assertThat(statuses.values().stream().filter(status -> status == 202).count()).isEqualTo(100);
        assertThat(statuses.values().stream().filter(status -> status == 409).count()).isEqualTo(900);
        assertConsistent(community, members, 100);
    }

    @Test
    void shouldEndConsistentWhenEitherServiceIsKilledMidSaga() throws Exception {
        // Given 300 requests racing for 100 codes, from clients that retry with the same idempotency key
        String community = "c-crash-" + UUID.randomUUID();
        List<String> members = members(150);
        setUp(community, members, 100);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Map<String, Integer>> rush = runner.submit(() -> redeemAll(community, members, 2, 50));

        // When rewards-service dies while requests are in flight, and points-service while debits are
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> count(REWARDS_DB, "SELECT count(*) FROM redemptions WHERE community_id = ?", community) >= 20);
        rewards.kill();
        rewards.start();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> count(REWARDS_DB,
                "SELECT count(*) FROM redemptions WHERE community_id = ? AND status = 'FULFILLED'", community) >= 10);
        points.kill();
        points.start();
        Map<String, Integer> statuses = rush.get();
        runner.shutdown();

        // Then every client got an answer, and the end state is exactly as without the crashes
        assertThat(statuses.values()).allMatch(status -> status == 202 || status == 409);
        assertThat(statuses.values().stream().filter(status -> status == 202).count()).isEqualTo(100);
        assertConsistent(community, members, 100);
    }

    private void setUp(String community, List<String> members, int codes) throws Exception {
        PointsApi api = new PointsApi(points.baseUri());
        api.createCommunity(community);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> awards = new ArrayList<>();
        members.forEach(member -> awards.add(pool.submit(() -> api.award(community, member, START_BALANCE))));
        for (Future<?> award : awards) {
            award.get();
        }
        pool.shutdown();
        send(rewards, "PUT", "/api/v1/communities/" + community + "/rewards/gift-card", "application/json",
                "{\"name\":\"Gift card\",\"kind\":\"DISCOUNT_CODE\",\"cost\":" + COST + "}", null, 201);
        String pool100 = String.join("\n", IntStream.range(0, codes).mapToObj(i -> "GIFT-" + i).toList());
        send(rewards, "POST", "/api/v1/communities/" + community + "/rewards/gift-card/codes", "text/plain",
                pool100, null, 200);
    }

    /** Every redemption ended; units, codes, events and balances agree with {@code fulfilled} redemptions. */
    private void assertConsistent(String community, List<String> members, int fulfilled) throws Exception {
        await().atMost(Duration.ofMinutes(2)).until(() -> count(REWARDS_DB,
                "SELECT count(*) FROM redemptions WHERE community_id = ? AND status <> 'FULFILLED'", community) == 0
                && count(REWARDS_DB, "SELECT count(*) FROM redemptions WHERE community_id = ?", community) == fulfilled);
        assertThat(count(REWARDS_DB, "SELECT count(DISTINCT code) FROM redemptions WHERE community_id = ?", community))
                .isEqualTo(fulfilled);
        assertThat(count(REWARDS_DB, "SELECT count(*) FROM reward_codes WHERE community_id = ? AND redemption_id"
                + " IS NOT NULL", community)).isEqualTo(fulfilled);
        assertThat(count(REWARDS_DB, "SELECT sum(reserved - stock) FROM rewards WHERE community_id = ?", community))
                .isZero();
        Map<String, Long> wins = new HashMap<>();
        strings(REWARDS_DB, "SELECT member_id FROM redemptions WHERE community_id = ?", community)
                .forEach(member -> wins.merge(member, 1L, Long::sum));
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            await().atMost(Duration.ofMinutes(1)).until(() -> kafka.recordsNow(Topics.REDEMPTIONS.name(),
                    r -> r.key().startsWith(community + ":")
                            && "RedemptionFulfilled".equals(KafkaTestClient.header(r, "eventType"))).stream()
                    .map(r -> EventCodec.decode(r.value()).eventId()).distinct().count() == fulfilled);
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> count(POINTS_DB, "SELECT count(*) FROM ledger_entries"
                + " WHERE community_id = ? AND action = 'redemption' AND points < 0", community) == fulfilled);
        assertThat(count(POINTS_DB, "SELECT count(*) FROM ledger_entries WHERE community_id = ? AND points < 0"
                + " AND action <> 'redemption'", community)).isZero();
        Map<String, Long> balances = balances(community);
        for (String member : members) {
            assertThat(balances.get(member)).as(member).isEqualTo(START_BALANCE - COST * wins.getOrDefault(member, 0L));
        }
    }

    /**
     * Sends {@code perMember} redemptions for each member at once, by request key; retries what got no answer
     * (or a 5xx) with the same idempotency key, as a careful client does.
     */
    private Map<String, Integer> redeemAll(String community, List<String> members, int perMember, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<String, Future<Integer>> outcomes = new HashMap<>();
        for (int i = 0; i < perMember; i++) {
            for (String member : members) {
                String key = "rush-" + member + "-" + i;
                outcomes.put(key, pool.submit(() -> send(rewards, "POST", "/api/v1/communities/" + community
                        + "/members/" + member + "/redemptions", "application/json", "{\"rewardKey\":\"gift-card\"}",
                        key, null)));
            }
        }
        Map<String, Integer> statuses = new HashMap<>();
        for (Map.Entry<String, Future<Integer>> outcome : outcomes.entrySet()) {
            statuses.put(outcome.getKey(), outcome.getValue().get());
        }
        pool.shutdown();
        return statuses;
    }

    private static int send(ServiceProcess service, String method, String path, String contentType, String body,
                            String idempotencyKey, Integer expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUri() + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                    .header("X-Actor-Id", "admin-1").method(method, HttpRequest.BodyPublishers.ofString(body));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    if (expected != null) {
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
                    }
                    return response.statusCode();
                }
            } catch (IOException e) {
                // The service is down (killed on purpose): retry below with the same key.
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(method + " " + path + " got no answer within 3 minutes");
            }
            Thread.sleep(200);
        }
    }

    private static List<String> members(int count) {
        return IntStream.range(0, count).mapToObj(i -> "m" + i).toList();
    }

    private Map<String, Long> balances(String community) throws SQLException {
        Map<String, Long> balances = new HashMap<>();
        try (Connection db = DriverManager.getConnection(POSTGRES + POINTS_DB, "postgres", "");
             PreparedStatement query = db.prepareStatement(
                     "SELECT member_id, balance FROM member_points WHERE community_id = ?")) {
            query.setString(1, community);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    balances.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return balances;
    }

    private static long count(String database, String sql, String community) throws SQLException {
        List<String> values = strings(database, sql, community);
        return values.get(0) == null ? 0 : Long.parseLong(values.get(0));
    }

    private static List<String> strings(String database, String sql, String community) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(POSTGRES + database, "postgres", "");
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, community);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static void dropDatabases() throws SQLException {
        try (Connection db = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
             Statement statement = db.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + POINTS_DB + " WITH (FORCE)");
            statement.execute("DROP DATABASE IF EXISTS " + REWARDS_DB + " WITH (FORCE)");
        }
    }
}
