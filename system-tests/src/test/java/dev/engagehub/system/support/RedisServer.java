package dev.engagehub.system.support;

import dev.engagehub.testkit.ServiceProcess;
import java.nio.file.Path;
import java.util.List;

/** A Redis of the test's own, keeping nothing on disk (as the machine's): a restart brings it back empty. */
public final class RedisServer implements AutoCloseable {
    private final int port = ServiceProcess.freePort();
    private final Path log = Path.of("target", "redis-" + port + ".log").toAbsolutePath();
    private Process process;

    public RedisServer start() {
        process = Servers.launch(List.of("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no"), log);
        Servers.awaitListening(port, process, log);
        return this;
    }

    /** SIGKILL: everything it held is gone. */
    public void kill() {
        process.destroyForcibly();
        Servers.awaitExit(process);
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
