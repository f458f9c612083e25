package dev.engagehub.system.support;

import dev.engagehub.broker.TopicProvisioner;
import dev.engagehub.testkit.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.Uuid;

/**
 * A broker in a process of its own, from the same jars and configuration as {@code ./engagehub up}, so a test
 * can stop it under the services and start it again on the same port and data.
 */
public final class KafkaServer implements AutoCloseable {
    private static final Path BROKER_MODULE = Path.of("..", "kafka-broker").toAbsolutePath().normalize();

    private final int port = ServiceProcess.freePort();
    private final int controllerPort = ServiceProcess.freePort();
    private final Path dir = Path.of("target", "kafka-" + port).toAbsolutePath();
    private final Path log = dir.resolve("kafka.log");
    private Process process;

    public KafkaServer start() {
        boolean first = !Files.exists(dir);
        if (first) {
            configure();
            Servers.run(java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                    dir.resolve("server.properties").toString()), log);
        }
        process = Servers.launch(java("kafka.Kafka", dir.resolve("server.properties").toString()), log);
        Servers.awaitListening(port, process, log);
        if (first) {
            try {
                TopicProvisioner.provision(bootstrap());
            } catch (Exception e) {
                throw new IllegalStateException("could not create the topics; see " + log, e);
            }
        }
        return this;
    }

    /** A clean shutdown (SIGTERM); the data stays for {@link #start}. */
    public void stop() {
        process.destroy();
        Servers.awaitExit(process);
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private void configure() {
        try {
            Files.createDirectories(dir.resolve("data"));
            String template = Files.readString(BROKER_MODULE.resolve("src/main/config/server.properties"));
            Files.writeString(dir.resolve("server.properties"), template
                    .replace("${KAFKA_PORT}", String.valueOf(port))
                    .replace("${CONTROLLER_PORT}", String.valueOf(controllerPort))
                    .replace("${DATA_DIR}", dir.resolve("data").toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> java(String main, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Dlog4j2.configurationFile="
                + BROKER_MODULE.resolve("src/main/config/log4j2.properties"), "-cp",
                BROKER_MODULE.resolve("target/lib") + "/*", main));
        command.addAll(List.of(arguments));
        return command;
    }
}
