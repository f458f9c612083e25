package dev.engagehub.kit.db;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Reads the column values native queries return, whichever JDBC type the driver chose for them. */
public final class SqlValues {
    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    public static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    /**
     * Numbered placeholders for a multi-row {@code VALUES} list, e.g. {@code (?1, ?2), (?3, ?4)} for two rows of
     * two columns, so one statement can carry a whole batch.
     */
    public static String placeholders(int rows, int columns) {
        StringBuilder sql = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 1; column <= columns; column++) {
                sql.append(column == 1 ? "?" : ", ?").append(row * columns + column);
            }
            sql.append(')');
        }
        return sql.toString();
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
