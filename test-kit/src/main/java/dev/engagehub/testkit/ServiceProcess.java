package dev.engagehub.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as a real process, for tests that
 * must crash it: {@link #kill()} is a SIGKILL, with no shutdown hooks and no goodbye to the broker.
 */
public final class ServiceProcess implements AutoCloseable {
    // A service restarted under the fault tests' load on two busy cores got ~6 % of a core: 90 s was not enough.
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path moduleDir;
    private final Map<String, String> environment;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;
    private int starts;
    private Path log;

    private ServiceProcess(Path moduleDir, Map<String, String> environment, int port) {
        this.moduleDir = moduleDir;
        this.environment = environment;
        this.port = port;
    }

    /** A service of the module at {@code moduleDir} on a free port, configured by {@code environment}. */
    public static ServiceProcess of(Path moduleDir, Map<String, String> environment) {
        int port = freePort();
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new ServiceProcess(moduleDir, env, port);
    }

    /** As {@link #of}, on database {@code database}, emptied when the service starts (left-overs of earlier runs). */
    public static ServiceProcess withFreshDatabase(Path moduleDir, String database, Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("ENGAGEHUB_DB_NAME", database);
        env.put("ENGAGEHUB_DB_CLEAN_AT_START", "true");
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        return of(moduleDir, env);
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the process and waits until {@code /q/health/ready} answers 200; its output goes to target/. */
    public ServiceProcess start() {
        Path jar = moduleDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the module first");
        }
        // Named by port too: a test may run two instances of one service.
        log = moduleDir.resolve("target/" + moduleDir.toAbsolutePath().normalize().getFileName() + "-process-"
                + port + "-" + (++starts) + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(log);
        return this;
    }

    /** Whether {@code /q/health/ready} answers 200 now: every dependency reachable. */
    public boolean ready() {
        try {
            return http.send(readyRequest(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the current (or last) run printed. */
    public String output() {
        try {
            return log == null ? "" : Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL, as a crashed machine or the OOM killer would. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void awaitReady(Path log) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        appendThreadDump(log);
        throw new IllegalStateException("service not ready within " + READY_TIMEOUT + "; see " + log
                + " (it ends with the service's threads at that moment)");
    }

    /** Where a service that never became ready is stuck: its threads, appended to its own log. */
    private void appendThreadDump(Path log) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!dump.waitFor(20, TimeUnit.SECONDS)) {
                dump.destroyForcibly();
            }
        } catch (IOException e) {
            // Only a diagnosis: the failure is reported either way.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest readyRequest() {
        return HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
