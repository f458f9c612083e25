package dev.engagehub.system.support;

import dev.engagehub.testkit.DevTokenCommand;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The platform as an operator runs it: the packaged points-, rewards-, analytics-service and api-gateway as
 * processes on a real broker, PostgreSQL and Redis, started once for all system tests. Tokens come from the
 * dev token command with the key pair it makes, as they do for a developer.
 */
public final class Platform {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path STATE = Path.of("target", "engagehub-state").toAbsolutePath();
    private static Platform shared;

    private final List<ServiceProcess> services = new ArrayList<>();
    private final String gatewayUrl;
    private final String bootstrap;

    private Platform() {
        bootstrap = new KafkaBrokerResource().start().get("kafka.bootstrap.servers");
        token("operator", null, "system-tests");
        String publicKey = read(STATE.resolve("jwt/public.pem"));
        Map<String, String> kafka = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        ServiceProcess points = start("points-service", kafka);
        ServiceProcess rewards = start("rewards-service", Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "QUARKUS_REST_CLIENT_POINTS_SERVICE_URL", points.baseUri()));
        ServiceProcess analytics = start("analytics-service", kafka);
        ServiceProcess gateway = start("api-gateway", Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "ENGAGEHUB_JWT_PUBLIC_KEY", publicKey,
                "ENGAGEHUB_SERVICES_POINTS_URL", points.baseUri(),
                "ENGAGEHUB_SERVICES_REWARDS_URL", rewards.baseUri(),
                "ENGAGEHUB_SERVICES_ANALYTICS_URL", analytics.baseUri(),
                "QUARKUS_MAILER_MOCK", "true"));
        gatewayUrl = gateway.baseUri();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> services.forEach(ServiceProcess::close)));
    }

    public static synchronized Platform shared() {
        if (shared == null) {
            shared = new Platform();
        }
        return shared;
    }

    /** api-gateway: the public API, webhooks and the admin portal. */
    public String gateway() {
        return gatewayUrl;
    }

    /** The broker, for what publishes events directly (as the Discord bot does). */
    public String bootstrap() {
        return bootstrap;
    }

    /** The key pair the dev token command made; the demo signs its members' tokens with it. */
    public static Path privateKey() {
        return STATE.resolve("jwt/private.pem");
    }

    /** A token from {@code ./engagehub token}, exactly as a developer mints one. */
    public static String token(String role, String community, String subject) {
        return DevTokenCommand.token(STATE, role, community, subject);
    }

    private ServiceProcess start(String module, Map<String, String> environment) {
        ServiceProcess service = ServiceProcess.withFreshDatabase(ROOT.resolve(module),
                "engagehub_" + module.replace("-service", "").replace('-', '_') + "_system_test", environment);
        services.add(service);
        return service.start();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
