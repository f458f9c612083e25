package dev.engagehub.system.support;

import dev.engagehub.testkit.DevTokenCommand;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceProcess;
import dev.engagehub.testkit.discord.FakeDiscord;
import dev.engagehub.testkit.discord.InteractionSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform as an operator runs it: the five packaged services (points-, rewards-, analytics-service,
 * api-gateway, bot-gateway) as processes on a real broker, PostgreSQL and Redis, the bot connected to a fake
 * Discord that speaks Discord's REST and Gateway protocols. Tokens come from the dev token command with the key
 * pair it makes, as they do for a developer.
 */
public final class Platform implements AutoCloseable {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path STATE = Path.of("target", "engagehub-state").toAbsolutePath();
    private static Platform shared;

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final String bootstrap;
    private final Map<String, String> servers;
    private final boolean freshDatabases;
    private final FakeDiscord discord = new FakeDiscord();
    private final InteractionSigner discordSigner = new InteractionSigner();
    private final String gatewayUrl;

    private Platform(String bootstrap, Map<String, String> servers, boolean freshDatabases) {
        this.bootstrap = bootstrap;
        this.servers = servers;
        this.freshDatabases = freshDatabases;
        token("operator", null, "system-tests");
        String publicKey = read(STATE.resolve("jwt/public.pem"));
        ServiceProcess points = start("points-service", Map.of());
        ServiceProcess rewards = start("rewards-service", Map.of(
                "QUARKUS_REST_CLIENT_POINTS_SERVICE_URL", points.baseUri()));
        ServiceProcess analytics = start("analytics-service", Map.of());
        ServiceProcess gateway = start("api-gateway", Map.of(
                "ENGAGEHUB_JWT_PUBLIC_KEY", publicKey,
                "ENGAGEHUB_SERVICES_POINTS_URL", points.baseUri(),
                "ENGAGEHUB_SERVICES_REWARDS_URL", rewards.baseUri(),
                "ENGAGEHUB_SERVICES_ANALYTICS_URL", analytics.baseUri(),
                "QUARKUS_MAILER_MOCK", "true"));
        gatewayUrl = gateway.baseUri();
        start("bot-gateway", Map.of(
                "QUARKUS_REST_CLIENT_POINTS_SERVICE_URL", points.baseUri(),
                "QUARKUS_REST_CLIENT_REWARDS_SERVICE_URL", rewards.baseUri(),
                "ENGAGEHUB_DISCORD_TOKEN", FakeDiscord.TOKEN,
                "ENGAGEHUB_DISCORD_API_URL", discord.apiUrl(),
                "ENGAGEHUB_DISCORD_PUBLIC_KEY", discordSigner.publicKeyHex()));
    }

    /** Started once for all system tests, on a broker inside the test JVM and the machine's PostgreSQL and Redis. */
    public static synchronized Platform shared() {
        if (shared == null) {
            shared = new Platform(new KafkaBrokerResource().start().get("kafka.bootstrap.servers"), Map.of(), true);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** On servers of the caller's own, which it may stop and start again under the services. */
    public static Platform on(KafkaServer kafka, PostgresServer postgres, RedisServer redis) {
        return new Platform(kafka.bootstrap(), Map.of("ENGAGEHUB_DB_PORT", String.valueOf(postgres.port()),
                "QUARKUS_REDIS_HOSTS", redis.url()), false);
    }

    /** The Discord the bot is connected to: guilds, members' messages and interactions, what the bot sent. */
    public FakeDiscord discord() {
        return discord;
    }

    /** Signs requests to the bot's HTTP interactions endpoint as Discord would. */
    public InteractionSigner discordSigner() {
        return discordSigner;
    }

    /** One service's process, by module name (points-service, rewards-service, ...), to crash or ask. */
    public ServiceProcess service(String module) {
        return services.get(module);
    }

    public Collection<ServiceProcess> services() {
        return services.values();
    }

    @Override
    public void close() {
        // All at once: the JVM gets 30 s to exit after the tests, and a service left behind would outlive it.
        List<Thread> closing = services.values().stream().map(service -> new Thread(service::close)).toList();
        closing.forEach(Thread::start);
        for (Thread thread : closing) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        discord.close();
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
        Map<String, String> env = new HashMap<>(environment);
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.putAll(servers);
        String database = "engagehub_" + module.replace("-service", "").replace('-', '_') + "_system_test";
        ServiceProcess service;
        if (freshDatabases) {
            service = ServiceProcess.withFreshDatabase(ROOT.resolve(module), database, env);
        } else {
            env.put("ENGAGEHUB_DB_NAME", database);
            service = ServiceProcess.of(ROOT.resolve(module), env);
        }
        services.put(module, service);
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
