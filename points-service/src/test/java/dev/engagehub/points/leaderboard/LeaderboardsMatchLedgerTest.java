package dev.engagehub.points.leaderboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.Topics;
import dev.engagehub.points.support.PointsApi;
import dev.engagehub.testkit.KafkaBrokerResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The boards are a projection of the ledger: after a large mixed stream, and after a rebuild, they agree. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class LeaderboardsMatchLedgerTest {
    private static final List<String> ACTIONS = List.of("message", "reaction_given", "reaction_received",
            "voice_minute", "daily_checkin", "invite", "stream_watched");
    private static final int EVENTS = 10_000;

    @Inject
    EntityManager db;

    @Inject
    RedisDataSource redis;

    @Test
    void shouldLeaveEveryBoardEqualToTheLedgerAfterTenThousandEventsAndAfterARebuild() {
        // Given three communities in different time zones and a seeded mix of actions, days and redeliveries
        List<PointsApi> communities = List.of(PointsApi.newCommunity("UTC"), PointsApi.newCommunity("America/New_York"),
                PointsApi.newCommunity("Asia/Tokyo"));
        Random random = new Random(42);
        Instant start = Instant.now().minus(Duration.ofDays(3));
        List<EventEnvelope<ActivityRecorded>> stream = new ArrayList<>();
        try {
            for (int i = 0; i < EVENTS; i++) {
                PointsApi community = communities.get(random.nextInt(3));
                stream.add(community.activity("m" + random.nextInt(60), ACTIONS.get(random.nextInt(ACTIONS.size())),
                        start.plusSeconds(random.nextInt(3 * 24 * 3600))));
                if (random.nextInt(20) == 0) {
                    stream.add(stream.get(random.nextInt(stream.size())));
                }
            }

            // When
            communities.get(0).kafka().publishAll(stream);

            // Then, once the stream is consumed, every member's all-time, month, week and day score equals their ledger sum
            communities.get(0).kafka().awaitConsumed("points-service", Topics.ACTIVITY.name(), Duration.ofMinutes(3));
            for (PointsApi community : communities) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                        .untilAsserted(() -> assertThat(boards(community)).isEqualTo(ledgerSums(community)));
            }
            PointsApi first = communities.get(0);
            Map<String, Map<String, Long>> expected = ledgerSums(first);
            redis.key().del(redis.key().keys("lb:{c" + first.id() + "}:*").toArray(String[]::new));
            given().header("X-Actor-Id", PointsApi.ADMIN).post("/api/v1/communities/{c}/leaderboards/rebuild", first.id())
                    .then().statusCode(200);
            assertThat(boards(first)).isEqualTo(expected);
        } finally {
            communities.forEach(PointsApi::close);
        }
    }

    @Test
    void shouldRebuildTheBoardsFromTheLedgerWhenRedisLosesThem() {
        try (PointsApi community = PointsApi.newCommunity("UTC")) {
            // Given members on the boards, one of them hidden from them
            Instant now = Instant.now();
            community.publish(community.activity("ana", "invite", now));
            community.publish(community.activity("ben", "daily_checkin", now));
            community.publish(community.activity("cyd", "invite", now));
            community.awaitXp("cyd", xp -> xp > 0);
            given().contentType("application/json").body(Map.of("optOut", true))
                    .put("/api/v1/communities/{c}/members/cyd/leaderboard-privacy", community.id()).then().statusCode(200);
            await().atMost(PointsApi.WAIT).until(() -> community.board("all", "").size() == 2);

            long benBefore = ledgerSums(community).get("all:all").get("ben");

            // When Redis comes back empty (as after a restart without persistence) and the stream goes on
            redis.key().del(redis.key().keys("lb:{c" + community.id() + "}:*").toArray(String[]::new));
            community.publish(community.activity("ben", "message", now));
            community.publish(community.activity("cyd", "message", now));

            // Then every board is rebuilt from the ledger with the new entries counted once, and cyd stays hidden
            await().atMost(PointsApi.WAIT).untilAsserted(() -> {
                Map<String, Map<String, Long>> ledger = ledgerSums(community);
                ledger.values().forEach(board -> board.remove("cyd"));
                assertThat(ledger.get("all:all").get("ben")).isGreaterThan(benBefore);
                assertThat(boards(community)).isEqualTo(ledger);
            });
        }
    }

    /** Board key suffix (window:period) → member → score, for every board of the community. */
    private Map<String, Map<String, Long>> boards(PointsApi community) {
        String prefix = "lb:{c" + community.id() + "}:";
        Map<String, Map<String, Long>> boards = new HashMap<>();
        for (String key : redis.key().keys(prefix + "*")) {
            String suffix = key.substring(prefix.length());
            if (!suffix.contains(":")) {
                continue; // bookkeeping (applied, optout, boards, built), not a board
            }
            Map<String, Long> scores = new HashMap<>();
            redis.sortedSet(String.class).zrangeWithScores(key, 0, -1)
                    .forEach(scored -> scores.put(scored.value(), (long) scored.score()));
            boards.put(suffix, scores);
        }
        return boards;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Long>> ledgerSums(PointsApi community) {
        String zone = community.get("").extract().path("timeZone");
        Map<String, Map<String, Long>> boards = new HashMap<>();
        for (LeaderboardWindow window : LeaderboardWindow.values()) {
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery("""
                            SELECT member_id, to_char(occurred_at AT TIME ZONE ?2, ?3), sum(points) FROM ledger_entries
                            WHERE community_id = ?1 GROUP BY 1, 2""")
                    .setParameter(1, community.id()).setParameter(2, zone).setParameter(3, window.sqlPeriodFormat())
                    .getResultList());
            for (Object[] row : rows) {
                boards.computeIfAbsent(window.slug() + ":" + row[1], k -> new HashMap<>())
                        .put((String) row[0], ((Number) row[2]).longValue());
            }
        }
        return boards;
    }
}
