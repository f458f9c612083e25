package dev.engagehub.points.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.BadgeEarned;
import dev.engagehub.events.ChallengeCompleted;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.Topics;
import dev.engagehub.points.support.CommunityTestBase;
import dev.engagehub.points.support.PointsApi;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ChallengesAndStreaksTest extends CommunityTestBase {
    private final Instant now = Instant.now();

    @Test
    void shouldCompleteAChallengeOnceAndGiveItsPointsAndBadge() {
        // Given: invite 3 members this week for 500 points and the Recruiter badge
        api.adminPut("/badges/recruiter", Map.of("name", "Recruiter", "kind", "MANUAL", "threshold", 1)).statusCode(200);
        api.adminPut("/challenges/invite-three", challenge("ACTION_COUNT", "invite", 3, 500, "recruiter", false, null))
                .statusCode(200);

        // When quinn invites four people
        for (int i = 0; i < 4; i++) {
            api.publish(api.activity("quinn", "invite", now));
        }

        // Then: 400 for invites, 500 reward once, both badges, and the challenge shows as done
        assertThat(api.awaitXp("quinn", xp -> xp >= 900)).isEqualTo(900);
        api.get("/members/{m}/challenges", "quinn").body("find { it.key == 'invite-three' }.completed", equalTo(true))
                .body("find { it.key == 'invite-three' }.progress", equalTo(3));
        api.get("/members/{m}/badges", "quinn").body("key", hasItems("recruiter", "first-challenge"));
        var completed = api.kafka().awaitRecord(Topics.PROGRESS.name(),
                r -> r.key().equals(api.id() + ":quinn") && "ChallengeCompleted".equals(KafkaTestClient.header(r, "eventType")),
                PointsApi.WAIT);
        assertThat(EventCodec.decode(completed.value(), ChallengeCompleted.class).payload().rewardPoints()).isEqualTo(500);
    }

    @Test
    void shouldRewardEveryContributorWhenTheCommunityReachesItsGoal() {
        // Given a community-wide goal of 300 XP, for one cohort only
        api.adminPut("/challenges/launch-week", challenge("POINTS_EARNED", null, 300, 50, null, true, "role-cohort-1"))
                .statusCode(200);

        // When two cohort members earn 200 each, and an outsider earns too
        api.publish(api.activity("rae", new ActivityRecorded("purchase", 1, null, List.of("role-cohort-1"), null), now));
        api.publish(api.activity("outsider", "purchase", now));
        api.publish(api.activity("sam", new ActivityRecorded("purchase", 1, null, List.of("role-cohort-1"), null), now));

        // Then both cohort members get the reward; the outsider does not
        assertThat(api.awaitXp("rae", xp -> xp >= 250)).isEqualTo(250);
        assertThat(api.awaitXp("sam", xp -> xp >= 250)).isEqualTo(250);
        assertThat(api.lifetimeXpOf("outsider")).isEqualTo(200);
        api.get("/members/{m}/challenges", "rae").body("find { it.key == 'launch-week' }.completed", equalTo(true));
    }

    @Test
    void shouldCountDailyStreaksWithGraceAndAwardTheStreakBadges() {
        // Given check-ins on 7 days in a row, ending today, with one day missed inside the grace on the way
        Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(7)).plus(Duration.ofHours(12));
        for (int day = 0; day <= 7; day++) {
            if (day != 3) {
                api.publish(api.activity("tess", "daily_checkin", start.plus(Duration.ofDays(day))));
            }
        }

        // Then 7 active days count as a 7-day streak and earn Warming Up and Week Warrior, once each
        await().atMost(PointsApi.WAIT).untilAsserted(() -> api.get("/members/{m}/streak", "tess")
                .body("current", equalTo(7)).body("longest", equalTo(7)));
        List<BadgeEarned> badges = api.kafka().awaitRecords(Topics.PROGRESS.name(),
                        r -> r.key().equals(api.id() + ":tess") && "BadgeEarned".equals(KafkaTestClient.header(r, "eventType")),
                        2, PointsApi.WAIT).stream()
                .map(r -> EventCodec.decode(r.value(), BadgeEarned.class).payload()).toList();
        assertThat(badges).extracting(BadgeEarned::badgeKey).containsExactly("streak-3", "streak-7");
        assertThat(api.lifetimeXpOf("tess")).isEqualTo(7 * 50);
    }

    private Map<String, Object> challenge(String kind, String subject, long goal, long reward, String badge,
                                          boolean communityWide, String cohort) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Challenge " + goal);
        body.put("description", "Reach " + goal);
        body.put("goalKind", kind);
        body.put("subject", subject);
        body.put("goal", goal);
        body.put("startsAt", now.minus(Duration.ofDays(1)).toString());
        body.put("endsAt", now.plus(Duration.ofDays(6)).toString());
        body.put("rewardPoints", reward);
        body.put("rewardBadgeKey", badge);
        body.put("communityWide", communityWide);
        body.put("cohortRoleId", cohort);
        return body;
    }
}
