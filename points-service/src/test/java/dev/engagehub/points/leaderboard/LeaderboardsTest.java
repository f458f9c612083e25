package dev.engagehub.points.leaderboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.points.support.PointsApi;
import dev.engagehub.testkit.KafkaBrokerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class LeaderboardsTest {
    private final Instant now = Instant.now();

    @Test
    void shouldTellAMemberTheirRankTheGapAboveAndTheirNeighbours() {
        try (PointsApi api = PointsApi.newCommunity()) {
            // Given five members with 500, 400, 300, 200 and 100 XP
            List<String> members = List.of("m1", "m2", "m3", "m4", "m5");
            for (int i = 0; i < members.size(); i++) {
                for (int j = 0; j < 5 - i; j++) {
                    api.publish(api.activity(members.get(i), "invite", now));
                }
            }
            await().atMost(PointsApi.WAIT).until(() -> api.board("all", "").size() == 5
                    && ((Number) api.board("all", "").get(4).get("points")).intValue() == 100);

            // When / Then m4 is #4, 100 behind m3, between m3 and m5
            api.get("/leaderboards/all/members/m4?around=1").statusCode(200)
                    .body("standing.rank", equalTo(4)).body("standing.points", equalTo(200))
                    .body("standing.behindNext", equalTo(100)).body("standing.boardSize", equalTo(5))
                    .body("standing.neighbours.memberId", equalTo(List.of("m3", "m4", "m5")));
            api.get("/leaderboards/all?offset=2&limit=2").body("entries.memberId", equalTo(List.of("m3", "m4")))
                    .body("entries.rank", equalTo(List.of(3, 4))).body("total", equalTo(5));
            api.get("/leaderboards/all/members/nobody").body("standing.rank", equalTo(null));
        }
    }

    @Test
    void shouldKeepSegmentBoardsAndHideMembersWhoOptOut() {
        try (PointsApi api = PointsApi.newCommunity()) {
            // Given a "Cohort 1" segment
            api.adminPut("/rules/settings", Map.of("levelCurve", Map.of("quadratic", 5, "linear", 50, "base", 100),
                    "streakGraceDays", 1, "segments", List.of(Map.of("roleId", "role-c1", "name", "Cohort 1"))))
                    .statusCode(200);

            // When uma (in the cohort) and vic (not) earn, and uma opts out of leaderboards
            api.publish(api.activity("uma", new ActivityRecorded("purchase", 1, null, List.of("role-c1"), null), now));
            api.publish(api.activity("vic", "invite", now));
            await().atMost(PointsApi.WAIT).until(() -> api.board("all", "").size() == 2);
            assertThat(api.board("week", "&segment=role-c1")).extracting(e -> e.get("memberId")).containsExactly("uma");
            setOptOut(api, "uma", true);

            // Then uma is on no board, even after earning more; opting back in restores her full score
            api.publish(api.activity("uma", "invite", now));
            api.awaitXp("uma", xp -> xp == 300);
            api.publish(api.activity("vic", "invite", now));
            api.awaitXp("vic", xp -> xp == 200);
            await().atMost(PointsApi.WAIT).untilAsserted(() -> assertThat(api.board("all", ""))
                    .extracting(e -> e.get("memberId"), e -> e.get("points")).containsExactly(tuple("vic", 200)));
            assertThat(api.board("week", "&segment=role-c1")).isEmpty();
            setOptOut(api, "uma", false);
            assertThat(api.board("all", "")).extracting(e -> e.get("memberId"), e -> e.get("points"))
                    .containsExactly(tuple("uma", 300), tuple("vic", 200));
            assertThat(api.board("week", "&segment=role-c1")).extracting(e -> e.get("points")).containsExactly(200);
            api.get("/leaderboards/all?segment=role-unknown").statusCode(404);
        }
    }

    @Test
    void shouldBucketDaysInTheCommunitysTimeZone() {
        try (PointsApi api = PointsApi.newCommunity("Pacific/Auckland")) {
            // Given 20:00 UTC on the 24th is 09:00 on the 25th in Auckland
            Instant evening = Instant.parse("2026-11-24T20:00:00Z");

            // When
            api.publish(api.activity("wes", "invite", evening));
            api.awaitXp("wes", xp -> xp == 100);

            // Then it counts on Auckland's 25th, not UTC's 24th
            await().atMost(PointsApi.WAIT).until(() -> api.board("day", "&period=2026-11-25").size() == 1);
            assertThat(api.board("day", "&period=2026-11-24")).isEmpty();
            api.get("/leaderboards/day?period=25-11-2026").statusCode(400)
                    .body("type", equalTo("urn:engagehub:problem:invalid-period"));
        }
    }

    private static void setOptOut(PointsApi api, String member, boolean optOut) {
        given().contentType(ContentType.JSON).body(Map.of("optOut", optOut))
                .put("/api/v1/communities/{c}/members/{m}/leaderboard-privacy", api.id(), member)
                .then().statusCode(200).body("optOut", equalTo(optOut));
    }
}
