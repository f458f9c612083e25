package dev.engagehub.bot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceProcess;
import dev.engagehub.testkit.discord.FakeDiscord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged bot as operators start it: without a Discord token it starts, serves, and says plainly that Discord
 * is not connected; as one of two shard instances (a StatefulSet's second pod) it connects only its own shard.
 */
class PackagedBotIT {
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
    void startsReadyAndSaysDiscordIsNotConnected() {
        try (ServiceProcess bot = ServiceProcess.of(Path.of(""), Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "ENGAGEHUB_DB_NAME", "engagehub_bot_notoken_test")).start()) {
            given().baseUri(bot.baseUri()).get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'discord' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'discord' }.data.connected", is(false))
                    .body("checks.find { it.name == 'discord' }.data.reason",
                            containsString("ENGAGEHUB_DISCORD_TOKEN is not set"));
            given().baseUri(bot.baseUri()).contentType("application/json").body("{}").post("/discord/interactions")
                    .then().statusCode(503).body("type", equalTo("urn:engagehub:problem:interactions-not-configured"));
            assertThat(bot.output()).contains("Discord is not connected: ENGAGEHUB_DISCORD_TOKEN is not set");
        }
    }

    @Test
    void shouldIdentifyAsTheConfiguredShardOnly() {
        try (FakeDiscord discord = new FakeDiscord();
             ServiceProcess bot = ServiceProcess.of(Path.of(""), Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                     "ENGAGEHUB_DB_NAME", "engagehub_bot_sharded_test", "ENGAGEHUB_DISCORD_TOKEN", FakeDiscord.TOKEN,
                     "ENGAGEHUB_DISCORD_API_URL", discord.apiUrl(), "ENGAGEHUB_DISCORD_SHARD_COUNT", "2",
                     "ENGAGEHUB_DISCORD_SHARD_INDEX", "1")).start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !discord.identifies().isEmpty());
            assertThat(discord.identifies()).hasSize(1);
            assertThat(discord.identifies().get(0).path("shard").toString()).isEqualTo("[1,2]");
        }
    }

    @Test
    void shouldRefuseToStartWithAShardIndexOutsideTheCount() {
        ServiceProcess bot = ServiceProcess.of(Path.of(""), Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "ENGAGEHUB_DB_NAME", "engagehub_bot_sharded_test", "ENGAGEHUB_DISCORD_TOKEN", FakeDiscord.TOKEN,
                "ENGAGEHUB_DISCORD_SHARD_COUNT", "2", "ENGAGEHUB_DISCORD_SHARD_INDEX", "2"));
        try (bot) {
            assertThatThrownBy(bot::start).hasMessageContaining("exited");
            assertThat(bot.output()).contains("ENGAGEHUB_DISCORD_SHARD_INDEX must be from 0 to 1");
        }
    }
}
