package dev.engagehub.kit.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SqlValuesTest {
    private static final Instant AT = Instant.parse("2026-12-06T10:15:30.123456Z");

    @Test
    void shouldReadTheSameInstantWhicheverTypeTheDriverChose() {
        assertThat(SqlValues.instant(Timestamp.from(AT))).isEqualTo(AT);
        assertThat(SqlValues.instant(AT.atOffset(ZoneOffset.ofHours(-7)))).isEqualTo(AT);
        assertThat(SqlValues.instant(AT)).isEqualTo(AT);
        assertThat(SqlValues.instant(null)).isNull();
        assertThat(SqlValues.timestamp(AT).toInstant()).isEqualTo(AT);
        assertThat(SqlValues.timestamp(null)).isNull();
    }

    @Test
    void shouldReadDatesAndAnyNumberType() {
        assertThat(SqlValues.localDate(Date.valueOf("2024-02-29"))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(SqlValues.localDate(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(SqlValues.localDate(null)).isNull();
        assertThat(SqlValues.number(7)).isEqualTo(7L);
        assertThat(SqlValues.number(new BigDecimal("9007199254740993"))).isEqualTo(9_007_199_254_740_993L);
    }
}
