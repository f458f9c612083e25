package dev.engagehub.bot;

import static dev.engagehub.testkit.discord.FakeDiscordPayloads.COMMAND;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MEMBER_PERMISSIONS;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.PING;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.engagehub.bot.support.BotPlatformResource;
import dev.engagehub.bot.support.BotScene;
import dev.engagehub.testkit.discord.FakeDiscordPayloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The HTTP interactions endpoint: Discord's Ed25519 signature checked on every request. */
@QuarkusTest
@WithTestResource(BotPlatformResource.class)
class InteractionsEndpointTest {
    private static final String PATH = "/discord/interactions";

    @Test
    void aSignedPingIsAnsweredWithPong() {
        String body = FakeDiscordPayloads.interaction("1", PING, null, FakeDiscordPayloads.member("42", "x"),
                MEMBER_PERMISSIONS, null).toString();
        post(body, now(), sign(now(), body)).statusCode(200).body("type", equalTo(1));
    }

    @Test
    void aSignedCommandIsAnsweredInTheResponseAndAReplayIsRefused() {
        BotScene scene = new BotScene();
        String body = FakeDiscordPayloads.interaction(scene.discord.nextId(), COMMAND, scene.guildId, scene.member,
                MEMBER_PERMISSIONS, FakeDiscordPayloads.command("quests")).toString();
        String timestamp = now();
        String signature = sign(timestamp, body);
        post(body, timestamp, signature).statusCode(200).body("type", equalTo(4)).body("data.flags", equalTo(64))
                .body("data.embeds[0].title", containsString("Quests"));
        post(body, timestamp, signature).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:engagehub:problem:interaction-replayed"));
    }

    @Test
    void badSignaturesStaleTimestampsAndMalformedBodiesAreRefused() {
        String body = "{\"id\":\"5\",\"type\":1}";
        String timestamp = now();
        post(body, timestamp, sign(timestamp, body + " ")).statusCode(401)
                .body("type", equalTo("urn:engagehub:problem:invalid-signature"));
        post(body, timestamp, "zz").statusCode(401);
        given().body(body).post(PATH).then().statusCode(401);
        String stale = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());
        post(body, stale, sign(stale, body)).statusCode(401)
                .body("type", equalTo("urn:engagehub:problem:stale-timestamp"));
        String garbage = "{not json";
        post(garbage, timestamp, sign(timestamp, garbage)).statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:malformed-interaction"));
    }

    private static ValidatableResponse post(String body, String timestamp, String signature) {
        return given().header("X-Signature-Ed25519", signature).header("X-Signature-Timestamp", timestamp)
                .contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post(PATH).then();
    }

    private static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }

    private static String sign(String timestamp, String body) {
        return BotPlatformResource.signer().sign(timestamp, body);
    }
}
