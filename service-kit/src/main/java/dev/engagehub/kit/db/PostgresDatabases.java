package dev.engagehub.kit.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Creates a service's database on its PostgreSQL server when it is not there yet. */
public final class PostgresDatabases {
    private static final String DUPLICATE_DATABASE = "42P04";

    private PostgresDatabases() {
    }

    /** Returns true if it created the database, false if it existed (or another instance just created it). */
    public static boolean createIfMissing(String jdbcUrl, String username, String password) throws SQLException {
        PostgresUrl url = PostgresUrl.parse(jdbcUrl);
        try (Connection connection = DriverManager.getConnection(url.maintenanceUrl(), username, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, url.database());
            if (exists.executeQuery().next()) {
                return false;
            }
            // The name was checked against a strict pattern: DDL takes no bind parameters.
            connection.createStatement().execute("CREATE DATABASE " + url.database());
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
