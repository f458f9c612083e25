package dev.engagehub.gateway.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the gateway delegates to, for real: the test broker, and the packaged points-, rewards- and
 * analytics-service as processes. The JWT key pair is the one {@code ./engagehub token} makes, so the dev token
 * command is exercised by every test that signs in.
 */
public class GatewayPlatformResource extends KafkaBrokerResource {
    private static String pointsUrl;
    private static String rewardsUrl;
    private static String bootstrap;
    private static GreenMail mail;

    private ServiceProcess points;
    private ServiceProcess rewards;
    private ServiceProcess analytics;

    public static String pointsUrl() {
        return pointsUrl;
    }

    public static String rewardsUrl() {
        return rewardsUrl;
    }

    public static String bootstrap() {
        return bootstrap;
    }

    /** The SMTP server the gateway sends to. */
    public static GreenMail mail() {
        return mail;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        bootstrap = config.get("kafka.bootstrap.servers");
        points = ServiceProcess.withFreshDatabase(Path.of("..", "points-service"), "engagehub_points_gateway_test",
                Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap)).start();
        pointsUrl = points.baseUri();
        rewards = ServiceProcess.withFreshDatabase(Path.of("..", "rewards-service"), "engagehub_rewards_gateway_test",
                Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "QUARKUS_REST_CLIENT_POINTS_SERVICE_URL", pointsUrl))
                .start();
        rewardsUrl = rewards.baseUri();
        analytics = ServiceProcess.withFreshDatabase(Path.of("..", "analytics-service"),
                "engagehub_analytics_gateway_test", Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap)).start();
        Tokens.script("operator", null, "setup");
        config.put("engagehub.jwt.public-key", read(Tokens.keyDir().resolve("public.pem")));
        config.put("engagehub.services.points-url", pointsUrl);
        config.put("engagehub.services.rewards-url", rewardsUrl);
        config.put("engagehub.services.analytics-url", analytics.baseUri());
        mail = new GreenMail(new ServerSetup(ServiceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", String.valueOf(mail.getSmtp().getPort()));
        return config;
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.stop();
        }
        if (analytics != null) {
            analytics.close();
        }
        if (rewards != null) {
            rewards.close();
        }
        if (points != null) {
            points.close();
        }
        super.stop();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
