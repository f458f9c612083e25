package dev.engagehub.analytics.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.ChallengeCompleted;
import dev.engagehub.events.ChallengeProgressed;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.EventPayload;
import dev.engagehub.events.NotificationRequested;
import dev.engagehub.events.PointsAdjusted;
import dev.engagehub.events.PointsAwarded;
import dev.engagehub.events.PointsDebited;
import dev.engagehub.events.PointsRefunded;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.RedemptionRequested;
import dev.engagehub.events.RewardKind;
import dev.engagehub.events.SubmissionCreated;
import dev.engagehub.events.SubmissionReviewed;
import dev.engagehub.events.Topics;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A known history (two weeks of November 2026, four members, a neighbouring community) fed through the real
 * broker twice and out of order; every report is checked against values worked out by hand below.
 *
 * <pre>
 * activity (UTC)         Mon 2  Tue 3  Wed 4  Thu 5..Sun 8  Mon 9  Tue 10
 * alice   message 10:00    x      x                                 x
 * bob     message 03:00    x
 * bob     reaction 12:00                 x
 * dan     message 23:30           x
 * carol   checkin 15:00                                      x
 * heatmap UTC: Mon 03, 10, 15 one each; Tue 10 two, Tue 23 one; Wed 12 one.
 * </pre>
 * In New York (UTC-5) bob's 03:00 is Sunday 1 November, 22:00.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class AnalyticsReportsTest {
    private static final String COMMUNITY = "reports-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String NEIGHBOUR = "neighbour-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String BASE = "/api/v1/communities/{c}/analytics/";
    private static final UUID BLOG = UUID.randomUUID();
    private static final UUID DAN_BLOG = UUID.randomUUID();
    private static final UUID MUG = UUID.randomUUID();
    private static final UUID STICKER = UUID.randomUUID();

    @BeforeAll
    static void feed() {
        List<EventEnvelope<?>> history = new ArrayList<>(List.of(
                at("alice", "2026-11-02T10:00:00Z", new ActivityRecorded("message", 1, null, List.of(), null)),
                at("alice", "2026-11-02T10:00:00Z", new PointsAwarded(20, 20, 20, "message", UUID.randomUUID(), null,
                        1, List.of("vip"))),
                at("alice", "2026-11-03T10:00:00Z", new ActivityRecorded("message", 1, null, List.of(), null)),
                at("alice", "2026-11-10T10:00:00Z", new ActivityRecorded("message", 1, null, List.of(), null)),
                at("alice", "2026-11-05T09:00:00Z", new SubmissionCreated(BLOG, "wrote-blog-post",
                        "https://blog.example/p", null)),
                at("alice", "2026-11-05T15:00:00Z", new SubmissionReviewed(BLOG, "wrote-blog-post",
                        SubmissionReviewed.Decision.APPROVED, 400, "mona", null)),
                at("dan", "2026-11-06T10:00:00Z", new SubmissionCreated(DAN_BLOG, "wrote-blog-post",
                        "https://dan.example", null)),
                at("dan", "2026-11-07T10:00:00Z", new SubmissionReviewed(DAN_BLOG, "wrote-blog-post",
                        SubmissionReviewed.Decision.REJECTED, 0, "mona", "not about us")),
                at("carol", "2026-11-09T16:00:00Z", new SubmissionCreated(UUID.randomUUID(), "attended-live-event",
                        null, "was there")),
                at("alice", "2026-11-10T11:00:00Z", new RedemptionRequested(MUG, "mug", "Mug",
                        RewardKind.MERCH, 10)),
                at("alice", "2026-11-10T12:00:00Z", new RedemptionRejected(MUG, "mug", 10, "out of stock", true)),
                at("bob", "2026-11-04T13:00:00Z", new RedemptionRequested(STICKER, "sticker", "Sticker",
                        RewardKind.DIGITAL_PERK, 5)),
                at("bob", "2026-11-04T13:00:01Z", new RedemptionFulfilled(STICKER, "sticker", "Sticker",
                        RewardKind.DIGITAL_PERK, null, null, null, null, null)),
                at("alice", "2026-11-03T10:00:00Z", new ChallengeProgressed("chatty-week", 3, 5)),
                at("bob", "2026-11-04T12:00:00Z", new ChallengeProgressed("chatty-week", 5, 5)),
                at("bob", "2026-11-04T12:00:00Z", new ChallengeCompleted("chatty-week", "Chatty week", 50, null)),
                at("alice", "2026-11-10T11:00:00Z", new PointsDebited(UUID.randomUUID(), 10, 10)),
                at("alice", "2026-11-10T12:00:00Z", new PointsRefunded(UUID.randomUUID(), 10, 20, "out of stock")),
                at("bob", "2026-11-02T03:00:00Z", new ActivityRecorded("message", 1, null, List.of(), null)),
                at("bob", "2026-11-02T03:00:00Z", awarded(15, "message", 2)),
                at("bob", "2026-11-04T12:00:00Z", new ActivityRecorded("reaction_given", 1, null, List.of(), null)),
                at("bob", "2026-11-04T12:30:00Z", new PointsAdjusted(-5, 10, 15, 3, "mona", "spam")),
                at("carol", "2026-11-09T15:00:00Z", new ActivityRecorded("daily_checkin", 1, null, List.of(), null)),
                at("dan", "2026-11-03T23:30:00Z", new ActivityRecorded("message", 1, null, List.of(), null)),
                new EventEnvelope<>(UUID.randomUUID(), null, 1, COMMUNITY, null, Instant.parse("2026-11-04T18:00:00Z"),
                        "test", "t", new NotificationRequested(NotificationRequested.Channel.DISCORD_CHANNEL,
                        "announcement", "900000000000000009", java.util.Map.of("message", "AMA tonight"))),
                new EventEnvelope<>(UUID.randomUUID(), null, 1, NEIGHBOUR, "zed", Instant.parse("2026-11-03T10:00:00Z"),
                        "test", "t", new ActivityRecorded("message", 1, null, List.of(), null))));
        Collections.shuffle(history, new java.util.Random(7));
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            kafka.publishAll(history);
            kafka.publishAll(history);
            for (var topic : Topics.all()) {
                kafka.awaitConsumed("analytics-service", topic.name(), Duration.ofSeconds(30));
            }
        }
    }

    @Test
    void shouldCountDailyWeeklyAndMonthlyActiveMembers() {
        JsonPath days = report("activity?from=2026-11-02&to=2026-11-10");
        assertThat(days.getList("day")).hasSize(9);
        assertThat(days.getList("dau", Integer.class)).containsExactly(2, 2, 1, 0, 0, 0, 0, 1, 1);
        assertThat(days.getList("wau", Integer.class)).containsExactly(2, 3, 3, 3, 3, 3, 3, 4, 3);
        assertThat(days.getList("mau", Integer.class)).containsExactly(2, 3, 3, 3, 3, 3, 3, 4, 4);
        assertThat(days.getFloat("stickiness[8]")).isEqualTo(0.25f);
    }

    @Test
    void shouldCountOnlyTheSegmentAskedFor() {
        assertThat(report("activity?from=2026-11-02&to=2026-11-10&segment=vip").getList("dau", Integer.class))
                .containsExactly(1, 1, 0, 0, 0, 0, 0, 0, 1);
        assertThat(report("overview?from=2026-11-02&to=2026-11-10&segment=vip").getInt("activeMembers"))
                .isEqualTo(1);
        assertThat(report("heatmap?from=2026-11-02&to=2026-11-10&segment=vip").getList("events").stream()
                .mapToInt(row -> ((List<?>) row).stream().mapToInt(cell -> (Integer) cell).sum()).sum())
                .isEqualTo(3);
        given().get(BASE + "funnel?from=2026-11-01&to=2026-11-10&segment=vip", COMMUNITY).then().statusCode(200)
                .body("members", contains(1, 1, 1, 1, 1));
        given().get(BASE + "retention?from=2026-11-02&to=2026-11-15&weeks=4&segment=vip", COMMUNITY).then()
                .statusCode(200).body("members", contains(1)).body("retained[0]", contains(1, 1));
        given().get(BASE + "activity?segment=../x", COMMUNITY).then().statusCode(400);
    }

    @Test
    void shouldCountDaysInTheTimeZoneAskedFor() {
        JsonPath days = report("activity?from=2026-11-01&to=2026-11-03&tz=America/New_York");
        assertThat(days.getList("dau", Integer.class)).containsExactly(1, 1, 2);
    }

    @Test
    void shouldSumPointsSplitNewFromReturningAndRankActions() {
        JsonPath all = report("overview?from=2026-11-02&to=2026-11-10");
        assertThat(all.getInt("activeMembers")).isEqualTo(4);
        assertThat(all.getInt("pointsIssued")).isEqualTo(35);
        assertThat(all.getInt("pointsDeducted")).isEqualTo(5);
        assertThat(all.getInt("pointsRedeemed")).isEqualTo(10);
        assertThat(all.getInt("pointsRefunded")).isEqualTo(10);
        assertThat(all.getInt("notificationsSent")).isEqualTo(1);
        assertThat(all.getList("topActions.action")).containsExactly("message", "daily_checkin", "reaction_given");
        assertThat(all.getList("topActions.events", Integer.class)).containsExactly(5, 1, 1);
        assertThat(all.getInt("topActions[0].points")).isEqualTo(35);

        JsonPath perDay = report("points?from=2026-11-02&to=2026-11-10");
        assertThat(perDay.getList("day")).hasSize(9).startsWith("2026-11-02").endsWith("2026-11-10");
        assertThat(perDay.getList("issued", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(35);
        assertThat(perDay.getList("deducted", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(perDay.getList("redeemed", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
        assertThat(perDay.getList("refunded", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);

        JsonPath secondWeek = report("overview?from=2026-11-09&to=2026-11-10");
        assertThat(secondWeek.getInt("activeMembers")).isEqualTo(2);
        assertThat(secondWeek.getInt("newMembers")).isEqualTo(1);
        assertThat(secondWeek.getInt("returningMembers")).isEqualTo(1);
    }

    @Test
    void shouldPlaceEventsOnTheHeatmapInLocalTime() {
        JsonPath utc = report("heatmap?from=2026-11-02&to=2026-11-10");
        assertThat(utc.getInt("events[0][3]")).isEqualTo(1);
        assertThat(utc.getInt("events[0][10]")).isEqualTo(1);
        assertThat(utc.getInt("events[0][15]")).isEqualTo(1);
        assertThat(utc.getInt("events[1][10]")).isEqualTo(2);
        assertThat(utc.getInt("events[1][23]")).isEqualTo(1);
        assertThat(utc.getInt("events[2][12]")).isEqualTo(1);
        assertThat(utc.getList("events").stream().mapToInt(row -> ((List<?>) row).stream()
                .mapToInt(cell -> (Integer) cell).sum()).sum()).isEqualTo(7);
        JsonPath newYork = report("heatmap?from=2026-11-01&to=2026-11-10&tz=America/New_York");
        assertThat(newYork.getInt("events[6][22]")).isEqualTo(1);
        assertThat(newYork.getInt("events[0][5]")).isEqualTo(1);
        assertThat(newYork.getInt("events[0][10]")).isEqualTo(1);
        assertThat(newYork.getInt("events[1][5]")).isEqualTo(2);
        assertThat(newYork.getInt("events[1][18]")).isEqualTo(1);
        assertThat(newYork.getInt("events[2][7]")).isEqualTo(1);
    }

    @Test
    void shouldFollowMembersThroughTheFunnelAndIntoCohorts() {
        given().get(BASE + "funnel?from=2026-11-01&to=2026-11-10", COMMUNITY).then().statusCode(200)
                .body("step", contains("joined", "first_action", "first_points", "first_submission",
                        "first_redemption"))
                .body("members", contains(4, 4, 2, 1, 1));
        given().get(BASE + "funnel?from=2026-11-01&to=2026-11-10&steps=joined,first_submission", COMMUNITY).then()
                .statusCode(200).body("members", contains(4, 3));
        given().get(BASE + "funnel?steps=joined,teleported", COMMUNITY).then().statusCode(400);
        given().get(BASE + "retention?from=2026-11-02&to=2026-11-15&weeks=4", COMMUNITY).then().statusCode(200)
                .body("week", contains("2026-11-02", "2026-11-09"))
                .body("members", contains(3, 1))
                .body("retained[0]", contains(3, 1))
                .body("retained[1]", contains(1));
    }

    @Test
    void shouldReportChallengesRewardsAndReviews() {
        given().get(BASE + "challenges", COMMUNITY).then().statusCode(200)
                .body("challengeId", contains("chatty-week")).body("name", contains("Chatty week"))
                .body("participants", contains(2)).body("completed", contains(1))
                .body("completionRate", contains(0.5f));
        given().get(BASE + "redemptions?from=2026-11-02&to=2026-11-10", COMMUNITY).then().statusCode(200)
                .body("rewardId", contains("mug", "sticker"))
                .body("requested", contains(1, 1)).body("fulfilled", contains(0, 1)).body("rejected", contains(1, 0))
                .body("open", contains(0, 0)).body("pointsSpent", contains(0, 5));
        given().get(BASE + "submissions?from=2026-11-02&to=2026-11-10", COMMUNITY).then().statusCode(200)
                .body("templateKey", contains("wrote-blog-post", "attended-live-event"))
                .body("submitted", contains(2, 1)).body("approved", contains(1, 0)).body("rejected", contains(1, 0))
                .body("pending", contains(0, 1)).body("approvalRate[0]", equalTo(0.5f))
                .body("averageReviewHours[0]", equalTo(15.0f)).body("averageReviewHours[1]", equalTo(null));
    }

    @Test
    void shouldListMembersWhoWentQuietMostEngagedFirst() {
        String community = "quiet-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            kafka.publishAll(List.of(
                    activity(community, "regular", now.minus(Duration.ofDays(1))),
                    activity(community, "drifting", now.minus(Duration.ofDays(10))),
                    new EventEnvelope<>(UUID.randomUUID(), null, 1, community, "drifting",
                            now.minus(Duration.ofDays(10)), "test", "t", awarded(40, "message", 1)),
                    activity(community, "fading", now.minus(Duration.ofDays(20))),
                    activity(community, "long-gone", now.minus(Duration.ofDays(90)))));
            kafka.awaitConsumed("analytics-service", Topics.ACTIVITY.name(), Duration.ofSeconds(30));
            kafka.awaitConsumed("analytics-service", Topics.POINTS.name(), Duration.ofSeconds(30));
        }
        given().get(BASE + "members-at-risk?quietDays=7&lookbackDays=30", community).then().statusCode(200)
                .body("memberId", contains("drifting", "fading"))
                .body("pointsBefore", contains(40, 0));
    }

    @Test
    void shouldExportLedgerMembersRedemptionsAndSubmissionsAsCsv() {
        String exports = "/api/v1/communities/{c}/exports/";
        String period = "?from=2026-11-02&to=2026-11-10";
        List<String> ledger = csv(exports + "ledger.csv" + period);
        assertThat(ledger.get(0)).isEqualTo("occurred_at,member_id,kind,points,balance,action,reason,event_id");
        assertThat(ledger.subList(1, ledger.size())).extracting(line -> line.split(",")[1] + " " + line.split(",")[2]
                + " " + line.split(",")[3]).containsExactly("bob award 15", "alice award 20", "bob adjustment -5",
                "alice debit -10", "alice refund 10");
        List<String> members = csv(exports + "members.csv" + period);
        assertThat(members).hasSize(5);
        assertThat(members.get(1)).startsWith("alice,2026-11-02T10:00:00Z,2026-11-02T10:00:00Z,2026-11-10T10:00:00Z,")
                .endsWith(",3,20");
        assertThat(csv(exports + "redemptions.csv" + period)).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains(",bob,sticker,Sticker,5,FULFILLED,"));
        assertThat(csv(exports + "submissions.csv" + period)).hasSize(4)
                .anySatisfy(line -> assertThat(line).contains(",dan,wrote-blog-post,").contains(",REJECTED,0"));
        given().get(exports + "secrets.csv", COMMUNITY).then().statusCode(404);
    }

    @Test
    void shouldServeEveryReportAsCsvToo() {
        assertThat(csvReport("activity?from=2026-11-02&to=2026-11-03")).containsExactly(
                "day,dau,wau,mau,stickiness", "2026-11-02,2,2,2,1.000", "2026-11-03,2,3,3,0.667");
        assertThat(csvReport("retention?from=2026-11-02&to=2026-11-15&weeks=4")).containsExactly(
                "week,members,retained", "2026-11-02,3,3|1", "2026-11-09,1,1");
        List<String> heatmap = csvReport("heatmap?from=2026-11-02&to=2026-11-10");
        assertThat(heatmap).hasSize(8);
        assertThat(heatmap.get(2).split(",")[11]).isEqualTo("2");
        assertThat(csvReport("overview?from=2026-11-09&to=2026-11-10").get(1)).startsWith("2,1,1,")
                .endsWith(",0,daily_checkin:1:0|message:1:0");
    }

    @Test
    void shouldRefuseBadFilters() {
        given().get(BASE + "activity?from=2026-11-10&to=2026-11-02", COMMUNITY).then().statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:invalid-field"));
        given().get(BASE + "activity?tz=Mars/Base", COMMUNITY).then().statusCode(400);
        given().get(BASE + "activity?from=yesterday", COMMUNITY).then().statusCode(400);
        given().get(BASE + "activity?from=2020-01-01&to=2026-01-01", COMMUNITY).then().statusCode(400);
    }

    private static List<String> csvReport(String path) {
        return given().accept("text/csv").get(BASE + path, COMMUNITY).then().statusCode(200).contentType("text/csv")
                .extract().asString().lines().toList();
    }

    private static List<String> csv(String path) {
        return given().get(path, COMMUNITY).then().statusCode(200).contentType("text/csv").extract().asString()
                .lines().toList();
    }

    private static JsonPath report(String path) {
        return given().get(BASE + path, COMMUNITY).then().statusCode(200).extract().jsonPath();
    }

    private static EventEnvelope<?> at(String member, String when, EventPayload payload) {
        return new EventEnvelope<>(UUID.randomUUID(), null, 1, COMMUNITY, member, Instant.parse(when), "test",
                "t", payload);
    }

    private static EventEnvelope<?> activity(String community, String member, Instant when) {
        return new EventEnvelope<>(UUID.randomUUID(), null, 1, community, member, when, "test", "t",
                new ActivityRecorded("message", 1, null, List.of(), null));
    }

    private static PointsAwarded awarded(long points, String action, long ledgerEntryId) {
        return new PointsAwarded(points, points, points, action, UUID.randomUUID(), null, ledgerEntryId, List.of());
    }
}
