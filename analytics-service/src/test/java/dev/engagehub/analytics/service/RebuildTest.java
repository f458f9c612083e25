package dev.engagehub.analytics.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.PointsAwarded;
import dev.engagehub.events.Topics;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Aggregates that drifted (or were lost) are recomputed from the topics and come back exactly. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class RebuildTest {
    @Inject
    EntityManager db;

    @Test
    void shouldRecomputeEveryAggregateFromAReplayOfTheTopics() {
        String community = "rebuild-" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            for (int day = 1; day <= 5; day++) {
                Instant at = Instant.parse("2026-10-0" + day + "T12:00:00Z");
                kafka.publish(new EventEnvelope<>(UUID.randomUUID(), null, 1, community, "m" + day, at, "test", "t",
                        new ActivityRecorded("message", 1, null, List.of(), null)));
                kafka.publish(new EventEnvelope<>(UUID.randomUUID(), null, 1, community, "m" + day, at, "test", "t",
                        new PointsAwarded(10L * day, 10L * day, 10L * day, "message", UUID.randomUUID(), null, 1,
                                List.of())));
            }
            kafka.awaitConsumed("analytics-service", Topics.ACTIVITY.name(), Duration.ofSeconds(30));
            kafka.awaitConsumed("analytics-service", Topics.POINTS.name(), Duration.ofSeconds(30));
        }
        String report = "/api/v1/communities/{c}/analytics/overview?from=2026-10-01&to=2026-10-05";
        String activity = "/api/v1/communities/{c}/analytics/activity?from=2026-10-01&to=2026-10-05";
        String ledger = "/api/v1/communities/{c}/exports/ledger.csv?from=2026-10-01&to=2026-10-05";
        String overviewBefore = given().get(report, community).then().statusCode(200).extract().asString();
        String activityBefore = given().get(activity, community).then().statusCode(200).extract().asString();
        String ledgerBefore = given().get(ledger, community).then().statusCode(200).extract().asString();
        assertThat(overviewBefore).contains("\"activeMembers\":5").contains("\"pointsIssued\":150");

        // Drift: a lost hour and a corrupted counter.
        QuarkusTransaction.requiringNew().run(() -> {
            db.createNativeQuery("DELETE FROM member_hours WHERE community_id = ?1 AND member_id = 'm1'")
                    .setParameter(1, community).executeUpdate();
            db.createNativeQuery("UPDATE points_hours SET issued = 999999 WHERE community_id = ?1")
                    .setParameter(1, community).executeUpdate();
        });
        assertThat(given().get(report, community).then().extract().asString()).isNotEqualTo(overviewBefore);

        given().post("/api/v1/analytics/rebuild").then().statusCode(200)
                .body("events", org.hamcrest.Matchers.greaterThanOrEqualTo(10));

        assertThat(given().get(report, community).then().statusCode(200).extract().asString())
                .isEqualTo(overviewBefore);
        assertThat(given().get(activity, community).then().extract().asString()).isEqualTo(activityBefore);
        assertThat(given().get(ledger, community).then().extract().asString()).isEqualTo(ledgerBefore);
    }
}
