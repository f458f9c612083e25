package dev.engagehub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceProcess;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 1,000,000-row ledger export from the packaged service running with a 256 MB heap: if the export held the
 * rows (or the CSV) in memory it could not finish; streamed, every row arrives.
 */
class LedgerExportIT {
    private static final String DATABASE = "engagehub_analytics_export_it";
    private static final int ROWS = 1_000_000;
    private static final KafkaBrokerResource BROKER = new KafkaBrokerResource();
    private static String bootstrap;

    @BeforeAll
    static void startBroker() {
        bootstrap = BROKER.start().get("kafka.bootstrap.servers");
    }

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
    }

    @Test
    void shouldStreamAMillionLedgerRowsWithBoundedMemory() throws Exception {
        try (ServiceProcess analytics = ServiceProcess.withFreshDatabase(Path.of(""), DATABASE,
                Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap)).start()) {
            try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                    "postgres", ""); Statement insert = db.createStatement()) {
                insert.execute("""
                        INSERT INTO ledger_rows (event_id, community_id, member_id, kind, points, balance, action,
                                                 occurred_at)
                        SELECT gen_random_uuid(), 'big', 'member-' || mod(n, 5000), 'award', 10, n * 10, 'message',
                               timestamptz '2026-11-01 00:00:00+00' + n * interval '1 second'
                        FROM generate_series(1, """ + ROWS + ") AS n");
            }
            HttpRequest export = HttpRequest.newBuilder(URI.create(analytics.baseUri()
                    + "/api/v1/communities/big/exports/ledger.csv?from=2026-11-01&to=2026-11-30"))
                    .timeout(Duration.ofMinutes(5)).build();
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(export,
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Length")).as("streamed, not sized up front").isEmpty();
            long lines = 0;
            String last = null;
            try (BufferedReader csv = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = csv.readLine(); line != null; line = csv.readLine()) {
                    lines++;
                    last = line;
                }
            }
            assertThat(lines).isEqualTo(ROWS + 1L);
            assertThat(last).contains(",award,10," + (ROWS * 10L) + ",message,");
            assertThat(analytics.output()).doesNotContain("OutOfMemoryError");
        }
    }
}
