package dev.engagehub.analytics.export;

import dev.engagehub.kit.csv.Csv;

import dev.engagehub.kit.rest.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * CSV exports, streamed: rows come from a server-side cursor a page at a time and go straight to the response,
 * so a million-row export needs no more memory than a thousand-row one.
 */
@ApplicationScoped
public class CsvExport {
    static final int FETCH_SIZE = 1_000;

    /** What can be exported; each query takes the community and the period's start and end. */
    public enum Kind {
        LEDGER("occurred_at,member_id,kind,points,balance,action,reason,event_id", """
                SELECT occurred_at, member_id, kind, points, balance, action, reason, event_id FROM ledger_rows
                WHERE community_id = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, event_id"""),
        MEMBERS("member_id,first_seen_at,first_activity_at,last_activity_at,first_points_at,first_submission_at,"
                + "first_redemption_at,events_in_period,points_in_period", """
                SELECT m.member_id, m.first_seen_at, m.first_activity_at, m.last_activity_at, m.first_points_at,
                       m.first_submission_at, m.first_redemption_at, coalesce(sum(h.events), 0),
                       coalesce(sum(h.points), 0)
                FROM member_milestones m LEFT JOIN member_hours h ON h.community_id = m.community_id
                     AND h.member_id = m.member_id AND h.hour >= ?2 AND h.hour < ?3
                WHERE m.community_id = ?1 AND m.first_seen_at < ?3
                GROUP BY m.member_id, m.first_seen_at, m.first_activity_at, m.last_activity_at, m.first_points_at,
                         m.first_submission_at, m.first_redemption_at
                ORDER BY m.member_id"""),
        REDEMPTIONS("redemption_id,member_id,reward_id,reward_name,cost,status,requested_at,settled_at", """
                SELECT redemption_id, member_id, reward_id, reward_name, cost, status, requested_at, settled_at
                FROM redemption_rows WHERE community_id = ? AND requested_at >= ? AND requested_at < ?
                ORDER BY requested_at, redemption_id"""),
        SUBMISSIONS("submission_id,member_id,template_key,created_at,reviewed_at,decision,points", """
                SELECT submission_id, member_id, template_key, created_at, reviewed_at, decision, points
                FROM submission_rows WHERE community_id = ? AND created_at >= ? AND created_at < ?
                ORDER BY created_at, submission_id""");

        private final String header;
        private final String sql;

        Kind(String header, String sql) {
            this.header = header;
            this.sql = sql;
        }

        public static Kind named(String name) {
            return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("export", name));
        }
    }

    private final AgroalDataSource dataSource;

    CsvExport(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void write(Kind kind, String communityId, Instant from, Instant to, OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL keeps a cursor open (and fetches in pages) only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(kind.sql.replaceAll("\\?\\d", "?"))) {
                query.setFetchSize(FETCH_SIZE);
                bind(kind, query, communityId, from, to);
                BufferedWriter csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
                csv.write(kind.header);
                csv.write('\n');
                try (ResultSet rows = query.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            if (column > 1) {
                                csv.write(',');
                            }
                            csv.write(cell(rows.getObject(column)));
                        }
                        csv.write('\n');
                    }
                }
                csv.flush();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(kind + " export failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbered placeholders ({@code ?2}) name the same value twice; plain ones come in order. */
    private static void bind(Kind kind, PreparedStatement query, String communityId, Instant from, Instant to)
            throws SQLException {
        Object[] values = {communityId, utc(from), utc(to)};
        java.util.regex.Matcher placeholders = java.util.regex.Pattern.compile("\\?(\\d?)").matcher(kind.sql);
        int position = 0;
        while (placeholders.find()) {
            position++;
            int index = placeholders.group(1).isEmpty() ? position : Integer.parseInt(placeholders.group(1));
            query.setObject(position, values[index - 1]);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant().toString();
        }
        return value instanceof Number ? value.toString() : Csv.cell(value.toString());
    }
}
