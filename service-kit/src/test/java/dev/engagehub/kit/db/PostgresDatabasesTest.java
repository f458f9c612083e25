package dev.engagehub.kit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Against the real local PostgreSQL server (127.0.0.1:5432, or ENGAGEHUB_DB_HOST/PORT). */
class PostgresDatabasesTest {
    private static final String SERVER = "jdbc:postgresql://" + env("ENGAGEHUB_DB_HOST", "127.0.0.1") + ":"
            + env("ENGAGEHUB_DB_PORT", "5432") + "/";

    @Test
    void shouldCreateAMissingDatabaseOnceAndLeaveItAfterwards() throws Exception {
        // Given
        String name = "engagehub_kit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = SERVER + name + "?ApplicationName=kit-test";
        try {
            // When
            boolean created = PostgresDatabases.createIfMissing(url, "postgres", "");
            boolean createdAgain = PostgresDatabases.createIfMissing(url, "postgres", "");

            // Then
            assertThat(created).isTrue();
            assertThat(createdAgain).isFalse();
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                assertThat(connection.getCatalog()).isEqualTo(name);
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    @Test
    void shouldRefuseDatabaseNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> PostgresUrl.parse("jdbc:postgresql://h:5432/x;DROP TABLE y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database name");
        assertThatThrownBy(() -> PostgresUrl.parse("jdbc:mysql://h/x")).hasMessageContaining("not a PostgreSQL");
    }

    @Test
    void shouldKeepServerAndParametersForTheMaintenanceDatabase() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://db.internal:6543/engagehub_points?sslmode=require");

        assertThat(url.database()).isEqualTo("engagehub_points");
        assertThat(url.maintenanceUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/postgres?sslmode=require");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
