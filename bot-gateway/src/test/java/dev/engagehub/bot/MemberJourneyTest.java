package dev.engagehub.bot;

import static dev.engagehub.testkit.discord.FakeDiscordPayloads.subcommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engagehub.bot.support.BotPlatformResource;
import dev.engagehub.bot.support.BotScene;
import dev.engagehub.bot.support.Snowflakes;
import dev.engagehub.testkit.discord.FakeDiscord;
import dev.engagehub.testkit.discord.FakeDiscordPayloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A member chats, levels up, gets the level's role and the announcement; then reads their rank. */
@QuarkusTest
@WithTestResource(BotPlatformResource.class)
class MemberJourneyTest {
    @Test
    void aMemberWhoChatsLevelsUpGetsTheRoleAndIsAnnounced() {
        BotScene scene = new BotScene();
        String levelRole = Snowflakes.next();
        assertThat(scene.asManager(subcommand("config", "announcements", "channel", scene.general())).text())
                .contains("Level-ups are announced in <#" + scene.general() + ">");
        assertThat(scene.asManager(subcommand("config", "level-role", "level", 2, "role", levelRole)).text())
                .contains("Reaching level 2 now gives <@&" + levelRole + ">");
        assertThat(scene.asManager(subcommand("config", "action", "action", "message", "points", 500, "cooldown", 0))
                .text()).contains("`message` is worth 500 points");

        scene.chat(scene.member, "hello everyone!");

        scene.discord.awaitCall("PUT", "/guilds/" + scene.guildId + "/members/" + scene.memberId() + "/roles/"
                + levelRole, Duration.ofSeconds(30));
        FakeDiscord.Call announcement = scene.discord.awaitCall(call -> call.method().equals("POST")
                && call.path().equals("/channels/" + scene.general() + "/messages")
                && call.body().toString().contains("reached **level 2**"), Duration.ofSeconds(30), "announcement");
        assertThat(announcement.body().toString()).contains("<@" + scene.memberId() + ">").contains("<@&" + levelRole);
        assertThat(announcement.body().path("enforce_nonce").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> scene.balance(scene.memberId()) == 500);

        // The board is a projection of the ledger, updated through the points topic just after the balance.
        FakeDiscord.Answer rank = await().atMost(Duration.ofSeconds(10)).until(
                () -> scene.asMember(FakeDiscordPayloads.command("rank")),
                answer -> answer.text().contains("Rank: #1 of 1"));
        assertThat(rank.ephemeral()).isTrue();
        assertThat(rank.text()).contains("Level 3").contains("Rank: #1 of 1").contains("Balance: 500 points");
    }

    @Test
    void noXpChannelsEarnNothing() {
        BotScene scene = new BotScene();
        scene.asManager(subcommand("config", "action", "action", "message", "points", 10, "cooldown", 0));
        assertThat(scene.asManager(subcommand("config", "no-xp", "channel", scene.general())).text())
                .contains("no longer earns XP");
        scene.chat(scene.member, "in a quiet channel");
        // Same member, same partition: once this one has counted, the first has been processed too.
        scene.chatIn(Snowflakes.next(), scene.member, "somewhere that counts");
        await().atMost(Duration.ofSeconds(20)).until(() -> scene.balance(scene.memberId()) > 0);
        assertThat(scene.balance(scene.memberId())).isEqualTo(10);
        assertThat(scene.asManager(subcommand("config", "no-xp", "channel", scene.general())).text())
                .contains("earns XP again");
    }

    @Test
    void botsAndWebhooksEarnNothing() {
        BotScene scene = new BotScene();
        var bot = FakeDiscordPayloads.member(Snowflakes.next(), "Some Bot");
        ((com.fasterxml.jackson.databind.node.ObjectNode) bot.get("user")).put("bot", true);
        scene.chat(bot, "beep");
        scene.chat(scene.member, "a human");
        await().atMost(Duration.ofSeconds(20)).until(() -> scene.balance(scene.memberId()) > 0);
        assertThat(scene.balance(BotScene.id(bot))).isZero();
    }
}
