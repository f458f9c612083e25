package dev.engagehub.bot.support;

import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceProcess;
import dev.engagehub.testkit.discord.FakeDiscord;
import dev.engagehub.testkit.discord.InteractionSigner;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything the bot talks to, for real: the test broker, the packaged points-service and rewards-service as
 * processes on it, and a fake Discord that speaks Discord's REST and Gateway protocols. The bot under test
 * gets the fake's token and URL, and an Ed25519 public key whose private half tests sign interactions with.
 */
public class BotPlatformResource extends KafkaBrokerResource {
    private static FakeDiscord discord;
    private static InteractionSigner signer;
    private static String pointsUrl;
    private static String rewardsUrl;

    private ServiceProcess points;
    private ServiceProcess rewards;

    public static FakeDiscord discord() {
        return discord;
    }

    public static InteractionSigner signer() {
        return signer;
    }

    public static String pointsUrl() {
        return pointsUrl;
    }

    public static String rewardsUrl() {
        return rewardsUrl;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String kafka = config.get("kafka.bootstrap.servers");
        points = ServiceProcess.withFreshDatabase(Path.of("..", "points-service"), "engagehub_points_bot_test",
                Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka)).start();
        pointsUrl = points.baseUri();
        rewards = ServiceProcess.withFreshDatabase(Path.of("..", "rewards-service"), "engagehub_rewards_bot_test",
                Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka, "QUARKUS_REST_CLIENT_POINTS_SERVICE_URL", pointsUrl)).start();
        rewardsUrl = rewards.baseUri();
        discord = new FakeDiscord();
        signer = new InteractionSigner();
        config.put("quarkus.rest-client.points-service.url", pointsUrl);
        config.put("quarkus.rest-client.rewards-service.url", rewardsUrl);
        config.put("engagehub.discord.token", FakeDiscord.TOKEN);
        config.put("engagehub.discord.api-url", discord.apiUrl());
        config.put("engagehub.discord.public-key", signer.publicKeyHex());
        // Tests chat several times in a row; the rule's own cooldown in points-service still applies.
        config.put("engagehub.discord.message-cooldown", "PT0S");
        return config;
    }

    @Override
    public void stop() {
        if (discord != null) {
            discord.close();
        }
        if (rewards != null) {
            rewards.close();
        }
        if (points != null) {
            points.close();
        }
        super.stop();
    }
}
