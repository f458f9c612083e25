package dev.engagehub.kit.db;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Batch statements whose parameters are whole columns: each array parameter binds as one PostgreSQL array that
 * the SQL unnests, so a batch of one row and of ten thousand run the same statement text. PostgreSQL then reuses
 * one prepared plan, and nothing is bound value by value through the ORM. Runs on the transaction's connection
 * (after flushing the session, so the SQL sees the transaction's own entity changes).
 *
 * <p>{@code long[]} binds as {@code int8[]}, {@code int[]} as {@code int4[]}; any other array as {@code text[]}
 * of each element's {@code toString()}, for the SQL to cast ({@code ?::uuid[]}, {@code ?::timestamptz[]},
 * {@code ?::date[]}); an {@code Instant}'s text is ISO-8601 in UTC, which PostgreSQL reads to the microsecond.
 * Placeholders are plain {@code ?}, in order.
 */
public final class ArraySql {
    private ArraySql() {
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
    public static int update(EntityManager db, String sql, Object... parameters) {
        return onConnection(db, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs a query (or a statement with RETURNING) and returns its rows as column arrays. */
    public static List<Object[]> rows(EntityManager db, String sql, Object... parameters) {
        return onConnection(db, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                 ResultSet results = statement.executeQuery()) {
                int columns = results.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (results.next()) {
                    Object[] row = new Object[columns];
                    for (int column = 0; column < columns; column++) {
                        row[column] = results.getObject(column + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    private static <T> T onConnection(EntityManager db, ConnectionWork<T> work) {
        Session session = db.unwrap(Session.class);
        session.flush();
        return session.doReturningWork(work::on);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, bindable(connection, parameters[i]));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static Object bindable(Connection connection, Object value) throws SQLException {
        if (value instanceof long[] numbers) {
            Long[] boxed = new Long[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                boxed[i] = numbers[i];
            }
            return connection.createArrayOf("int8", boxed);
        }
        if (value instanceof int[] numbers) {
            Integer[] boxed = new Integer[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                boxed[i] = numbers[i];
            }
            return connection.createArrayOf("int4", boxed);
        }
        if (value instanceof Object[] values) {
            String[] texts = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                texts[i] = values[i] == null ? null : values[i].toString();
            }
            return connection.createArrayOf("text", texts);
        }
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T on(Connection connection) throws SQLException;
    }
}
