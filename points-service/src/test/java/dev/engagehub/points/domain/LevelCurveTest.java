package dev.engagehub.points.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelCurveTest {

    @ParameterizedTest
    @CsvSource({"0,100", "1,155", "2,220", "10,1100"})
    void shouldChargeFiveLSquaredPlusFiftyLPlusHundredPerLevel(int level, long xp) {
        assertThat(LevelCurve.DEFAULT.xpToAdvanceFrom(level)).isEqualTo(xp);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "99,0", "100,1", "254,1", "255,2", "474,2", "475,3"})
    void shouldFindTheLevelReachedByLifetimeXp(long xp, int level) {
        assertThat(LevelCurve.DEFAULT.levelFor(xp)).isEqualTo(level);
    }

    @Test
    void shouldAgreeWithItsOwnThresholds() {
        for (int level = 0; level < 60; level++) {
            long threshold = LevelCurve.DEFAULT.xpForLevel(level);
            assertThat(LevelCurve.DEFAULT.levelFor(threshold)).isEqualTo(level);
            if (threshold > 0) {
                assertThat(LevelCurve.DEFAULT.levelFor(threshold - 1)).isEqualTo(level - 1);
            }
        }
    }

    @Test
    void shouldRefuseACurveWhereLevelsCostNothing() {
        assertThatThrownBy(() -> new LevelCurve(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
