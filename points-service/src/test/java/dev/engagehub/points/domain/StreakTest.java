package dev.engagehub.points.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StreakTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void shouldGrowByOneEachDayAndIgnoreASecondActivityOnTheSameDay() {
        Streak streak = Streak.NONE.activeOn(MONDAY, 0).activeOn(MONDAY.plusDays(1), 0);

        assertThat(streak.activeOn(MONDAY.plusDays(1), 0)).isEqualTo(streak);
        assertThat(streak).isEqualTo(new Streak(2, 2, MONDAY.plusDays(1)));
    }

    @Test
    void shouldSurviveMissedDaysWithinTheGraceAndRestartAfter() {
        Streak three = Streak.NONE.activeOn(MONDAY, 1).activeOn(MONDAY.plusDays(1), 1).activeOn(MONDAY.plusDays(2), 1);

        Streak afterOneMissedDay = three.activeOn(MONDAY.plusDays(4), 1);
        Streak afterTwoMissedDays = three.activeOn(MONDAY.plusDays(5), 1);

        assertThat(afterOneMissedDay).isEqualTo(new Streak(4, 4, MONDAY.plusDays(4)));
        assertThat(afterTwoMissedDays).isEqualTo(new Streak(1, 3, MONDAY.plusDays(5)));
    }

    @Test
    void shouldIgnoreLateActivityForAnEarlierDay() {
        Streak streak = Streak.NONE.activeOn(MONDAY.plusDays(3), 1);

        assertThat(streak.activeOn(MONDAY, 1)).isEqualTo(streak);
    }

    @Test
    void shouldReportZeroOnceTheGraceHasRunOut() {
        Streak streak = Streak.NONE.activeOn(MONDAY, 1).activeOn(MONDAY.plusDays(1), 1);

        assertThat(streak.currentOn(MONDAY.plusDays(2), 1)).isEqualTo(2);
        assertThat(streak.currentOn(MONDAY.plusDays(3), 1)).isEqualTo(2);
        assertThat(streak.currentOn(MONDAY.plusDays(4), 1)).isZero();
    }
}
