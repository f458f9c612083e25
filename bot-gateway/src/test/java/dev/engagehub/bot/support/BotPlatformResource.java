package dev.engagehub.bot.support;

import dev.engagehub.bot.fake.FakeDiscord;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceProcess;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Everything the bot talks to, for real: the test broker, the packaged points-service and rewards-service as
 * processes on it, and a fake Discord that speaks Discord's REST and Gateway protocols. The bot under test
 * gets the fake's token and URL, and an Ed25519 public key whose private half tests sign interactions with.
 */
public class BotPlatformResource extends KafkaBrokerResource {
    private static FakeDiscord discord;
    private static KeyPair signingKeys;
    private static String pointsUrl;
    private static String rewardsUrl;

    private ServiceProcess points;
    private ServiceProcess rewards;

    public static FakeDiscord discord() {
        return discord;
    }

    public static KeyPair signingKeys() {
        return signingKeys;
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
        signingKeys = ed25519();
        config.put("quarkus.rest-client.points-service.url", pointsUrl);
        config.put("quarkus.rest-client.rewards-service.url", rewardsUrl);
        config.put("engagehub.discord.token", FakeDiscord.TOKEN);
        config.put("engagehub.discord.api-url", discord.apiUrl());
        config.put("engagehub.discord.public-key", publicKeyHex(signingKeys));
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

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw 32-byte key Discord shows in the developer portal: the tail of the X.509 encoding. */
    private static String publicKeyHex(KeyPair keys) {
        byte[] encoded = keys.getPublic().getEncoded();
        return HexFormat.of().formatHex(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    }
}
