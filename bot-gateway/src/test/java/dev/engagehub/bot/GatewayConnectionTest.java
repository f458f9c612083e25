package dev.engagehub.bot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engagehub.bot.support.BotPlatformResource;
import dev.engagehub.bot.support.BotScene;
import dev.engagehub.testkit.discord.FakeDiscord;
import dev.engagehub.testkit.discord.FakeDiscordPayloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real Discord4J client against the fake Discord: connection, identification, guild onboarding. */
@QuarkusTest
@WithTestResource(BotPlatformResource.class)
class GatewayConnectionTest {
    /** GUILDS, GUILD_VOICE_STATES, GUILD_MESSAGES, GUILD_MESSAGE_REACTIONS, DIRECT_MESSAGES. */
    private static final long INTENTS = 1 | 1 << 7 | 1 << 9 | 1 << 10 | 1 << 12;

    @Test
    void connectsWithTheProtocolDiscord4jAsksForAndIdentifiesWithTheToken() {
        FakeDiscord discord = BotPlatformResource.discord();
        await().atMost(Duration.ofSeconds(30)).until(discord::connected);
        assertThat(discord.connectQueries()).anySatisfy(query -> assertThat(query)
                .contains("v=10").contains("encoding=json").contains("compress=zlib-stream"));
        JsonNode identify = discord.identifies().get(0);
        assertThat(identify.path("token").asText()).isEqualTo(FakeDiscord.TOKEN);
        assertThat(identify.path("intents").asLong()).isEqualTo(INTENTS);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'discord' }.data.connected", org.hamcrest.Matchers.is(true));
        long heartbeats = discord.heartbeats();
        await().atMost(Duration.ofSeconds(10)).until(() -> discord.heartbeats() > heartbeats);
    }

    @Test
    void aDroppedConnectionIsReestablishedAndTheBotKeepsAnswering() {
        BotScene scene = new BotScene();
        int identified = scene.discord.identifies().size();
        scene.discord.dropConnections();
        await().atMost(Duration.ofSeconds(60)).until(() -> scene.discord.identifies().size() > identified
                && scene.discord.connected());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200));
        assertThat(scene.asMember(FakeDiscordPayloads.command("rank")).text()).contains("Level 0");
    }

    @Test
    void aJoinedGuildBecomesACommunityWithEveryCommandRegisteredOnce() {
        BotScene scene = new BotScene();
        FakeDiscord.Call registration = scene.discord.awaitCall("PUT", "/applications/"
                + FakeDiscord.APPLICATION_ID + "/guilds/" + scene.guildId + "/commands", Duration.ofSeconds(5));
        List<String> names = new ArrayList<>();
        registration.body().forEach(command -> names.add(command.path("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("rank", "leaderboard", "daily", "profile", "quests", "submit",
                "rewards", "redeem", "redemptions", "optout", "award", "deduct", "review", "config");
        registration.body().forEach(command -> {
            boolean admin = List.of("award", "deduct", "review", "config").contains(command.path("name").asText());
            assertThat(command.path("default_member_permissions").isNull() || command.path("default_member_permissions")
                    .isMissingNode()).as(command.path("name").asText()).isEqualTo(!admin);
        });
        given().baseUri(BotPlatformResource.pointsUrl()).get("/api/v1/communities/{c}", scene.guildId)
                .then().statusCode(200).body("name", org.hamcrest.Matchers.equalTo("Guild " + scene.guildId));
        given().baseUri(BotPlatformResource.pointsUrl()).get("/api/v1/communities/{c}/rules", scene.guildId)
                .then().statusCode(200).body("actions.action", hasItem("message"));

        // Discord sends GUILD_CREATE again after every reconnect: the unchanged command set is not re-sent.
        scene.discord.addGuild(scene.guildId, "Guild " + scene.guildId);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> scene.discord.calls().stream()
                .filter(call -> call.method().equals("PUT") && call.path().endsWith(scene.guildId + "/commands"))
                .count() == 1);
    }
}
