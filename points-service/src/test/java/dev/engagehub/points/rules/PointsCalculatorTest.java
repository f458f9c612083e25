package dev.engagehub.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventIds;
import dev.engagehub.points.domain.InvalidRuleException;
import dev.engagehub.points.domain.LevelCurve;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PointsCalculatorTest {
    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    private static final ActionRule MESSAGE = new ActionRule("message", 15, 25, Duration.ofSeconds(60), 100, true);
    private static final ActionRule VOICE = ActionRule.fixed("voice_minute", 2, Duration.ZERO, null);

    @Test
    void shouldDrawARandomAwardInsideTheRangeThatIsTheSameForTheSameEvent() {
        // Given
        Set<Long> seen = new HashSet<>();

        // When
        for (int i = 0; i < 500; i++) {
            UUID id = EventIds.next();
            long points = earn(rules(List.of()), MESSAGE, id, message(), NOON, ActionUsage.NONE).points();
            seen.add(points);
            // Then
            assertThat(points).isBetween(15L, 25L);
            assertThat(earn(rules(List.of()), MESSAGE, id, message(), NOON, ActionUsage.NONE).points()).isEqualTo(points);
        }
        assertThat(seen).hasSize(11);
    }

    @Test
    void shouldGiveNothingDuringTheCooldownAndAgainRightAfterIt() {
        ActionUsage justAwarded = new ActionUsage(NOON, LocalDate.of(2026, 11, 25), 20);

        assertThat(earn(rules(List.of()), MESSAGE, EventIds.next(), message(), NOON.plusSeconds(59), justAwarded).outcome())
                .isEqualTo(Earning.Outcome.COOLDOWN);
        assertThat(earn(rules(List.of()), MESSAGE, EventIds.next(), message(), NOON.plusSeconds(60), justAwarded).earned())
                .isTrue();
    }

    @Test
    void shouldStopAtTheDailyCapPartlyThenFullyAndStartOverTheNextDay() {
        ActionUsage nearCap = new ActionUsage(NOON.minusSeconds(3600), LocalDate.of(2026, 11, 25), 95);
        ActionUsage atCap = new ActionUsage(NOON.minusSeconds(3600), LocalDate.of(2026, 11, 25), 100);

        Earning partly = earn(rules(List.of()), MESSAGE, EventIds.next(), message(), NOON, nearCap);
        Earning none = earn(rules(List.of()), MESSAGE, EventIds.next(), message(), NOON, atCap);
        Earning tomorrow = earn(rules(List.of()), MESSAGE, EventIds.next(), message(), NOON.plus(Duration.ofDays(1)), atCap);

        assertThat(partly).isEqualTo(new Earning(5, Earning.Outcome.CAPPED_PARTLY));
        assertThat(none).isEqualTo(new Earning(0, Earning.Outcome.DAILY_CAP));
        assertThat(tomorrow.points()).isBetween(15L, 25L);
    }

    @Test
    void shouldCountTheDayInTheCommunitysTimeZone() {
        // Given 23:30 on the 25th in Los Angeles is already the 26th in UTC
        CommunityRules la = rules(List.of(), ZoneId.of("America/Los_Angeles"));
        Instant lateEvening = Instant.parse("2026-11-26T07:30:00Z");
        ActionUsage capReachedOn25th = new ActionUsage(lateEvening.minusSeconds(3600), LocalDate.of(2026, 11, 25), 100);

        // When / Then the cap of the 25th still applies
        assertThat(earn(la, MESSAGE, EventIds.next(), message(), lateEvening, capReachedOn25th).outcome())
                .isEqualTo(Earning.Outcome.DAILY_CAP);
    }

    @Test
    void shouldApplyTheBestRoleBoostTimesEveryRunningEvent() {
        // Given boosts of 1.5 and 2 for two roles, a double-XP event now, and one that has ended
        CommunityRules boosted = rules(List.of(
                new Multiplier(UUID.randomUUID(), "supporter", new BigDecimal("1.5"), "role-supporter", null, null),
                new Multiplier(UUID.randomUUID(), "booster", new BigDecimal("2"), "role-booster", null, null),
                new Multiplier(UUID.randomUUID(), "double xp", new BigDecimal("2"), null, NOON.minusSeconds(60),
                        NOON.plusSeconds(60)),
                new Multiplier(UUID.randomUUID(), "last week", new BigDecimal("3"), null, NOON.minusSeconds(7200),
                        NOON.minusSeconds(3600))));
        ActivityRecorded tenMinutes = new ActivityRecorded("voice_minute", 10, null,
                List.of("role-supporter", "role-booster"), null);

        // When
        Earning earning = earn(boosted, VOICE, EventIds.next(), tenMinutes, NOON, ActionUsage.NONE);

        // Then 10 minutes x 2 points x 2 (best boost) x 2 (event)
        assertThat(earning.points()).isEqualTo(80);
    }

    @Test
    void shouldGiveNothingInNoXpChannelsOrToNoXpRolesOrForDisabledActions() {
        CommunityRules rules = new CommunityRules("c1", "C", ZoneId.of("UTC"), LevelCurve.DEFAULT, 1, Map.of(),
                List.of(), Set.of("ch-bots"), Set.of("role-muted"), Map.of(), Map.of(), List.of(), List.of());

        assertThat(earn(rules, VOICE, EventIds.next(), new ActivityRecorded("voice_minute", 1, "ch-bots", List.of(), null),
                NOON, ActionUsage.NONE).outcome()).isEqualTo(Earning.Outcome.NO_XP);
        assertThat(earn(rules, VOICE, EventIds.next(), new ActivityRecorded("voice_minute", 1, "ch-general",
                List.of("role-muted"), null), NOON, ActionUsage.NONE).outcome()).isEqualTo(Earning.Outcome.NO_XP);
        ActionRule off = new ActionRule("voice_minute", 2, 2, Duration.ZERO, null, false);
        assertThat(earn(rules, off, EventIds.next(), ActivityRecorded.of("voice_minute"), NOON, ActionUsage.NONE)
                .outcome()).isEqualTo(Earning.Outcome.DISABLED);
    }

    @Test
    void shouldRefuseRulesThatCannotWork() {
        assertThatThrownBy(() -> new ActionRule("message", 30, 10, Duration.ZERO, null, true))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("minPoints <= maxPoints");
        assertThatThrownBy(() -> new ActionRule("message", -1, 10, Duration.ZERO, null, true))
                .isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> new ActionRule("message", 1, 1, Duration.ofDays(8), null, true))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("cooldown");
        assertThatThrownBy(() -> new ActionRule("bad action!", 1, 1, Duration.ZERO, null, true))
                .isInstanceOf(InvalidRuleException.class).extracting("field").isEqualTo("action");
        assertThatThrownBy(() -> new Multiplier(UUID.randomUUID(), "x", new BigDecimal("11"), null, null, null))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("factor");
    }

    private static Earning earn(CommunityRules rules, ActionRule rule, UUID id, ActivityRecorded activity, Instant at,
                                ActionUsage usage) {
        return PointsCalculator.earn(rules, rule, id, activity, at, usage);
    }

    private static ActivityRecorded message() {
        return ActivityRecorded.of("message");
    }

    private static CommunityRules rules(List<Multiplier> multipliers) {
        return rules(multipliers, ZoneId.of("UTC"));
    }

    private static CommunityRules rules(List<Multiplier> multipliers, ZoneId zone) {
        return new CommunityRules("c1", "C", zone, LevelCurve.DEFAULT, 1, Map.of(), multipliers, Set.of(), Set.of(),
                Map.of(), Map.of(), List.of(), List.of());
    }
}
