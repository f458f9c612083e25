package dev.engagehub.points.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LeaderboardWindowTest {

    @Test
    void shouldBucketAnInstantIntoEachWindowsPeriod() {
        Instant at = Instant.parse("2026-01-01T10:00:00Z");

        assertThat(LeaderboardWindow.DAY.periodOf(at, ZoneOffset.UTC)).isEqualTo("2026-01-01");
        assertThat(LeaderboardWindow.WEEK.periodOf(at, ZoneOffset.UTC)).isEqualTo("2026-W01");
        assertThat(LeaderboardWindow.MONTH.periodOf(at, ZoneOffset.UTC)).isEqualTo("2026-01");
        assertThat(LeaderboardWindow.ALL.periodOf(at, ZoneOffset.UTC)).isEqualTo("all");
    }

    @Test
    void shouldUseTheIsoWeekYearAtYearEnds() {
        assertThat(LeaderboardWindow.WEEK.periodOf(Instant.parse("2027-01-01T12:00:00Z"), ZoneOffset.UTC))
                .isEqualTo("2026-W53");
    }

    @Test
    void shouldBucketByTheCommunitysTimeZone() {
        Instant lateEvening = Instant.parse("2026-11-30T23:30:00Z");

        assertThat(LeaderboardWindow.DAY.periodOf(lateEvening, ZoneId.of("Europe/Berlin"))).isEqualTo("2026-12-01");
        assertThat(LeaderboardWindow.MONTH.periodOf(lateEvening, ZoneId.of("America/New_York"))).isEqualTo("2026-11");
    }

    @Test
    void shouldHashTagKeysByCommunityForRedisCluster() {
        assertThat(LeaderboardKeys.of("guild-1", LeaderboardWindow.WEEK, "2026-W48")).isEqualTo("lb:{cguild-1}:week:2026-W48");
    }
}
