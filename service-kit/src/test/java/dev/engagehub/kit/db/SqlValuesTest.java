package dev.engagehub.kit.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlValuesTest {
    @Test
    void shouldNumberPlaceholdersRowByRow() {
        assertThat(SqlValues.placeholders(2, 3)).isEqualTo("(?1, ?2, ?3), (?4, ?5, ?6)");
        assertThat(SqlValues.placeholders(1, 1)).isEqualTo("(?1)");
    }
}
