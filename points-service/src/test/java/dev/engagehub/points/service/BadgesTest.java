package dev.engagehub.points.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.engagehub.points.support.PointsApi;
import dev.engagehub.testkit.KafkaBrokerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class BadgesTest {

    @Test
    void shouldGiveMonthlyTopBadgesFromTheFinishedMonthsBoardOnce() {
        try (PointsApi api = PointsApi.newCommunity()) {
            // Given a "champion" badge for the month's #1, and last month's activity: xena 300, yan 100
            api.adminPut("/badges/champion", Map.of("name", "Champion", "kind", "MONTHLY_TOP", "threshold", 1))
                    .statusCode(200);
            YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
            Instant midMonth = lastMonth.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC);
            for (int i = 0; i < 3; i++) {
                api.publish(api.activity("xena", "invite", midMonth));
            }
            api.publish(api.activity("yan", "invite", midMonth));
            Awaitility.await().atMost(PointsApi.WAIT).until(() ->
                    api.board("month", "&period=" + lastMonth).size() == 2);

            // When the month is closed, twice
            api.adminPost("/badges/monthly-top/{m}", Map.of(), lastMonth.toString()).statusCode(200)
                    .body("badgesGiven", equalTo(3));
            api.adminPost("/badges/monthly-top/{m}", Map.of(), lastMonth.toString()).statusCode(200)
                    .body("badgesGiven", equalTo(0));

            // Then both are top 10, only xena is champion
            api.get("/members/{m}/badges", "xena").body("key", hasItems("champion", "monthly-top-10"));
            assertThat(api.get("/members/{m}/badges", "yan").extract().jsonPath().getList("key"))
                    .contains("monthly-top-10").doesNotContain("champion");
            api.adminPost("/badges/monthly-top/{m}", Map.of(), YearMonth.now(ZoneOffset.UTC).toString())
                    .statusCode(400).body("type", equalTo("urn:engagehub:problem:month-not-over"));
        }
    }

    @Test
    void shouldLetAnAdminGiveABadgeByHandOnceAndAuditIt() {
        try (PointsApi api = PointsApi.newCommunity()) {
            api.adminPut("/badges/helper", Map.of("name", "Helper", "kind", "MANUAL", "threshold", 1)).statusCode(200);

            api.adminPost("/members/{m}/badges", Map.of("badgeKey", "helper"), "zoe").statusCode(201)
                    .body("key", equalTo(List.of("helper")));
            api.adminPost("/members/{m}/badges", Map.of("badgeKey", "helper"), "zoe").statusCode(200);
            api.adminPost("/members/{m}/badges", Map.of("badgeKey", "no-such-badge"), "zoe").statusCode(404);

            api.get("/audit").body("[0].action", equalTo("badge.give"));
            api.adminPut("/badges/bad", Map.of("name", "Bad", "kind", "ACTION_COUNT", "threshold", 5)).statusCode(400)
                    .body("errors[0].field", equalTo("subject"));
        }
    }
}
