package dev.engagehub.kit.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL JDBC URL split into the parts needed to reach the server without the database. */
record PostgresUrl(String server, String database, String query) {
    private static final Pattern SHAPE = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?");
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    static PostgresUrl parse(String jdbcUrl) {
        Matcher matcher = SHAPE.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL with a database: " + jdbcUrl);
        }
        String database = matcher.group(2);
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and '_': " + database);
        }
        return new PostgresUrl(matcher.group(1), database, matcher.group(3) == null ? "" : matcher.group(3));
    }

    /** The server's maintenance database, which always exists. */
    String maintenanceUrl() {
        return server + "postgres" + query;
    }
}
