package dev.engagehub.analytics.export;

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

/**
 * The ledger as CSV, streamed: rows come from a server-side cursor a page at a time and go straight to the
 * response, so a million-row export needs no more memory than a thousand-row one.
 */
@ApplicationScoped
public class LedgerExport {
    static final int FETCH_SIZE = 1_000;

    private final AgroalDataSource dataSource;

    LedgerExport(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void write(String communityId, Instant from, Instant to, OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL keeps a cursor open (and fetches in pages) only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT occurred_at, member_id, kind, points, balance, action, reason, event_id FROM ledger_rows
                    WHERE community_id = ? AND occurred_at >= ? AND occurred_at < ?
                    ORDER BY occurred_at, event_id""")) {
                query.setFetchSize(FETCH_SIZE);
                query.setString(1, communityId);
                query.setObject(2, java.time.OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC));
                query.setObject(3, java.time.OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC));
                BufferedWriter csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
                csv.write("occurred_at,member_id,kind,points,balance,action,reason,event_id\n");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        csv.write(rows.getObject(1, java.time.OffsetDateTime.class).toInstant() + ","
                                + Csv.cell(rows.getString(2)) + "," + rows.getString(3) + "," + rows.getLong(4) + ","
                                + rows.getLong(5) + "," + Csv.cell(rows.getString(6)) + ","
                                + Csv.cell(rows.getString(7)) + "," + rows.getString(8) + "\n");
                    }
                }
                csv.flush();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger export failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
