package dev.engagehub.bot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceProcess;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged bot without a Discord token: it starts, serves, and says plainly that Discord is not connected. */
class WithoutTokenIT {
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
}
