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

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
