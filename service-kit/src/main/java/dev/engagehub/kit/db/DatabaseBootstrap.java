package dev.engagehub.kit.db;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Makes a fresh PostgreSQL server usable: creates the service's database if it is missing, then migrates it.
 * Runs before anything else at start-up, so no consumer ever sees a missing table.
 */
@ApplicationScoped
public class DatabaseBootstrap {
    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);

    private final Flyway flyway;
    private final String jdbcUrl;
    private final String username;
    private final Optional<String> password;
    private final boolean cleanAtStart;

    DatabaseBootstrap(Flyway flyway,
                      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                      @ConfigProperty(name = "quarkus.datasource.username") String username,
                      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                      @ConfigProperty(name = "engagehub.db.clean-at-start", defaultValue = "false") boolean cleanAtStart) {
        this.flyway = flyway;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.cleanAtStart = cleanAtStart;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) throws SQLException {
        createDatabaseIfMissing();
        if (cleanAtStart) {
            flyway.clean();
        }
        flyway.migrate();
    }

    private void createDatabaseIfMissing() throws SQLException {
        if (PostgresDatabases.createIfMissing(jdbcUrl, username, password.orElse(""))) {
            LOG.infof("Created database %s", PostgresUrl.parse(jdbcUrl).database());
        }
    }
}
