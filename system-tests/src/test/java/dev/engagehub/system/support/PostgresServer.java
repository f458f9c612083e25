package dev.engagehub.system.support;

import dev.engagehub.testkit.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary directory), so a test can stop the database
 * under the services without touching the machine's. PostgreSQL refuses to run as root: as root, its commands
 * run as the {@code postgres} user.
 */
public final class PostgresServer implements AutoCloseable {
    private final int port = ServiceProcess.freePort();
    private final Path log = Path.of("target", "postgres-" + port + ".log").toAbsolutePath();
    private final Path bin = binaries();
    private Path data;

    public PostgresServer start() {
        if (data == null) {
            initialise();
        }
        Servers.run(asOwner(pgCtl("start", "-w", "-l", data.resolve("server.log").toString(), "-o",
                // Durable, as in production: the test crashes this server, and a commit it acknowledged must survive.
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c max_connections=200")), log);
        Servers.awaitListening(port, null, log);
        return this;
    }

    /** Immediate shutdown: every connection cut at once, as when the server crashes. */
    public void stop() {
        Servers.run(asOwner(pgCtl("stop", "-m", "immediate", "-w")), log);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (data == null) {
            return;
        }
        if (Servers.listening(port)) {
            stop();
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        data = null;
    }

    private void initialise() {
        try {
            // Under /tmp: the postgres user may not be allowed into the checkout.
            data = Files.createTempDirectory("engagehub-postgres-");
            if (root()) {
                Servers.run(List.of("chown", "postgres:postgres", data.toString()), log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Servers.run(asOwner(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-sync")), log);
    }

    private List<String> pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static List<String> asOwner(List<String> command) {
        if (!root()) {
            return command;
        }
        List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        asPostgres.addAll(command);
        return asPostgres;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** ENGAGEHUB_POSTGRES_BIN, or the newest Debian install under /usr/lib/postgresql. */
    private static Path binaries() {
        String configured = System.getenv("ENGAGEHUB_POSTGRES_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                    .max(Comparator.comparing(dir -> Integer.parseInt(dir.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL under /usr/lib/postgresql; set "
                            + "ENGAGEHUB_POSTGRES_BIN"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
