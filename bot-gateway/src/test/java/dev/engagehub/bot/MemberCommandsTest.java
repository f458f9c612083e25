package dev.engagehub.bot;

import static dev.engagehub.testkit.discord.FakeDiscordPayloads.BUTTON;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MEMBER_PERMISSIONS;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.button;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.command;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.subcommand;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engagehub.bot.support.BotPlatformResource;
import dev.engagehub.bot.support.BotScene;
import dev.engagehub.bot.support.Snowflakes;
import dev.engagehub.testkit.discord.FakeDiscord;
import dev.engagehub.testkit.discord.FakeDiscordPayloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The member commands and passive earning, end to end through points-service. */
@QuarkusTest
@WithTestResource(BotPlatformResource.class)
class MemberCommandsTest {
    @Test
    void theLeaderboardIsPublicAndPagedWithButtons() {
        BotScene scene = new BotScene();
        scene.asManager(subcommand("config", "action", "action", "message", "points", 10, "cooldown", 0));
        List<ObjectNode> chatters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ObjectNode chatter = FakeDiscordPayloads.member(Snowflakes.next(), "Chatter " + i);
            chatters.add(chatter);
            for (int message = 0; message <= i; message++) {
                scene.chat(chatter, "message " + message);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> scene.balance(BotScene.id(chatters.get(0))) == 10
                && scene.balance(BotScene.id(chatters.get(11))) == 120);

        // The boards follow the ledger through the points topic: wait until they have caught up too.
        String leader = "🥇 <@" + BotScene.id(chatters.get(11)) + "> — 120 XP";
        FakeDiscord.Answer first = await().atMost(Duration.ofSeconds(30)).until(
                () -> scene.asMember(command("leaderboard", "window", "all")),
                answer -> answer.text().contains(leader) && answer.text().contains("12 members"));
        assertThat(first.ephemeral()).isFalse();
        assertThat(first.text()).contains("All time").contains(leader).contains("Page 1 of 2 · 12 members");
        assertThat(first.buttons()).containsExactly("leaderboard:all:-:0", "leaderboard:all:-:10");

        FakeDiscord.Answer second = scene.as(scene.member, MEMBER_PERMISSIONS, BUTTON, button("leaderboard:all:-:10"));
        assertThat(second.type()).isEqualTo(7);
        assertThat(second.text()).contains("`#11` <@" + BotScene.id(chatters.get(1)) + "> — 20 XP")
                .contains("Page 2 of 2");
    }

    @Test
    void dailyProfileQuestsAndOptOut() {
        BotScene scene = new BotScene();
        assertThat(scene.asMember(command("daily")).text()).contains("Checked in");
        await().atMost(Duration.ofSeconds(20)).until(() -> scene.balance(scene.memberId()) == 50);
        // The board is a projection, updated just after the balance.
        await().atMost(Duration.ofSeconds(10)).until(() -> scene.asMember(command("rank")).text()
                .contains("Rank: #1 of 1"));
        assertThat(scene.asMember(command("rank")).text()).contains("Level 0").contains("50 / 100 XP")
                .contains("🔥 1 day");

        assertThat(scene.asMember(command("profile")).text()).contains("<@" + scene.memberId() + ">")
                .contains("Badges (0)");
        assertThat(scene.asMember(command("quests")).text()).contains("No challenges are running right now");

        assertThat(scene.asMember(command("optout")).text()).contains("Hidden from the leaderboards");
        await().atMost(Duration.ofSeconds(10)).until(() -> scene.asMember(command("rank")).text()
                .contains("not on the board"));
        assertThat(scene.asMember(command("optout", "hidden", false)).text()).contains("Back on the leaderboards");
    }

    @Test
    void reactionsEarnForTheReactorAndTheAuthor() {
        BotScene scene = new BotScene();
        String author = scene.managerId();
        ObjectNode reaction = FakeDiscordPayloads.object().put("user_id", scene.memberId())
                .put("channel_id", scene.general()).put("message_id", scene.discord.nextId())
                .put("guild_id", scene.guildId).put("message_author_id", author).put("burst", false)
                .put("type", 0);
        reaction.set("member", scene.member.deepCopy());
        reaction.putObject("emoji").put("name", "🔥").putNull("id");
        scene.discord.dispatch("MESSAGE_REACTION_ADD", reaction);

        await().atMost(Duration.ofSeconds(20)).until(() -> scene.balance(scene.memberId()) == 2
                && scene.balance(author) == 5);
        assertThat(given().baseUri(BotPlatformResource.pointsUrl())
                .get("/api/v1/communities/{c}/members/{m}/ledger", scene.guildId, author)
                .then().extract().jsonPath().getList("action")).containsExactly("reaction_received");
    }
}
