package dev.engagehub.bot.support;

import static dev.engagehub.testkit.discord.FakeDiscordPayloads.COMMAND;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MANAGER_PERMISSIONS;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MEMBER_PERMISSIONS;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engagehub.testkit.discord.FakeDiscord;
import dev.engagehub.testkit.discord.FakeDiscordPayloads;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One test's guild: joined by the bot (community created, commands registered), with a manager and a member,
 * and shortcuts to send their interactions and read points-service.
 */
public final class BotScene {
    public final String guildId = Snowflakes.next();
    public final ObjectNode manager = FakeDiscordPayloads.member(Snowflakes.next(), "Mona Manager");
    public final ObjectNode member = FakeDiscordPayloads.member(Snowflakes.next(), "Max Member");
    public final FakeDiscord discord = BotPlatformResource.discord();

    public BotScene() {
        discord.addGuild(guildId, "Guild " + guildId);
        discord.awaitCall("PUT", "/applications/\\d+/guilds/" + guildId + "/commands", Duration.ofSeconds(60));
    }

    public static String id(ObjectNode member) {
        return member.get("user").get("id").asText();
    }

    public String memberId() {
        return id(member);
    }

    public String managerId() {
        return id(manager);
    }

    public String general() {
        return FakeDiscordPayloads.generalChannel(guildId);
    }

    public FakeDiscord.Answer asMember(ObjectNode data) {
        return as(member, MEMBER_PERMISSIONS, COMMAND, data);
    }

    public FakeDiscord.Answer asManager(ObjectNode data) {
        return as(manager, MANAGER_PERMISSIONS, COMMAND, data);
    }

    public FakeDiscord.Answer as(ObjectNode who, String permissions, int type, ObjectNode data) {
        return discord.interact(FakeDiscordPayloads.interaction(discord.nextId(), type, guildId, who, permissions,
                data));
    }

    /** A message in #general from {@code who}, as MESSAGE_CREATE. */
    public void chat(ObjectNode who, String text) {
        chatIn(general(), who, text);
    }

    public void chatIn(String channelId, ObjectNode who, String text) {
        discord.dispatch("MESSAGE_CREATE", FakeDiscordPayloads.message(discord.nextId(), guildId, channelId, who,
                text));
    }

    /** Creates (or replaces) a reward in rewards-service, as an admin would in the portal. */
    public void reward(String key, String kind, long cost, Integer stock) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Reward " + key, "description", "A test reward",
                "kind", kind, "cost", cost, "visible", true));
        if (stock != null) {
            body.put("stock", stock);
        }
        given().baseUri(BotPlatformResource.rewardsUrl()).contentType("application/json").header("X-Actor-Id", "admin-1")
                .body(body).put("/api/v1/communities/{c}/rewards/{k}", guildId, key).then().statusCode(201);
    }

    public void codes(String rewardKey, String... codes) {
        given().baseUri(BotPlatformResource.rewardsUrl()).contentType("text/plain").header("X-Actor-Id", "admin-1")
                .body(String.join("\n", codes)).post("/api/v1/communities/{c}/rewards/{k}/codes", guildId, rewardKey)
                .then().statusCode(200);
    }

    public List<String> directMessagesTo(String userId) {
        return discord.directMessagesTo(userId);
    }

    public long balance(String memberId) {
        return given().baseUri(BotPlatformResource.pointsUrl())
                .get("/api/v1/communities/{c}/members/{m}/points", guildId, memberId)
                .then().statusCode(200).extract().jsonPath().getLong("balance");
    }
}
