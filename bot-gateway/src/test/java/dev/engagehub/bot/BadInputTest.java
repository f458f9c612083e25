package dev.engagehub.bot;

import static dev.engagehub.testkit.discord.FakeDiscordPayloads.BUTTON;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.COMMAND;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MANAGER_PERMISSIONS;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MEMBER_PERMISSIONS;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MODAL_SUBMIT;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.button;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.command;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.modal;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.subcommand;
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
import org.junit.jupiter.api.Test;

/** Wrong, missing, forbidden or forged input: each answered clearly and privately; the bot keeps serving. */
@QuarkusTest
@WithTestResource(BotPlatformResource.class)
class BadInputTest {
    @Test
    void badCommandInputGetsAClearEphemeralErrorAndChangesNothing() {
        BotScene scene = new BotScene();
        assertRefused(scene.asMember(command("frobnicate")), "That command is not available any more");
        assertRefused(scene.asMember(command("redeem")), "Say which reward");
        assertRefused(scene.asManager(command("award", "member", scene.memberId(), "points", 0, "reason", "x")),
                "Points must be between 1 and 1,000,000");
        assertRefused(scene.asManager(command("award", "member", scene.memberId(), "points", 5_000_000, "reason",
                "x")), "Points must be between 1 and 1,000,000");
        assertRefused(scene.asManager(command("deduct", "member", scene.memberId(), "points", 10, "reason", "oops")),
                "has 0 points, fewer than the 10 to deduct");
        assertRefused(scene.asManager(subcommand("config", "timezone", "zone", "Mars/Olympus")),
                "not a time zone I know");
        assertRefused(scene.as(scene.member, MEMBER_PERMISSIONS, MODAL_SUBMIT, modal("submit:attended-live-event",
                "evidenceUrl", " ", "evidenceText", "")), "Add a link or a description");
        assertRefused(scene.as(scene.member, MEMBER_PERMISSIONS, MODAL_SUBMIT, modal("submit:no-such-template",
                "evidenceText", "hi")), "no-such-template");
        assertThat(scene.balance(scene.memberId())).isZero();
    }

    @Test
    void adminCommandsNeedManageServerOrTheAdminRole() {
        BotScene scene = new BotScene();
        assertRefused(scene.asMember(command("award", "member", scene.memberId(), "points", 10, "reason", "me")),
                "Only server managers");
        assertRefused(scene.asMember(subcommand("config", "show")), "Only server managers");

        String moderators = Snowflakes.next();
        scene.asManager(subcommand("config", "admin-role", "role", moderators));
        ObjectNode moderator = FakeDiscordPayloads.member(Snowflakes.next(), "Mo Moderator", moderators);
        FakeDiscord.Answer awarded = scene.as(moderator, MEMBER_PERMISSIONS, COMMAND,
                command("award", "member", scene.memberId(), "points", 10, "reason", "helpful"));
        assertThat(awarded.text()).contains("receives **10** points");
        assertThat(scene.balance(scene.memberId())).isEqualTo(10);
    }

    @Test
    void brokenButtonsDmsAndReplaysAreHandledWithoutCrashingTheGateway() {
        BotScene scene = new BotScene();
        assertRefused(scene.as(scene.member, MEMBER_PERMISSIONS, BUTTON, button("leaderboard:week")),
                "page button is broken");
        assertRefused(scene.as(scene.manager, MANAGER_PERMISSIONS, BUTTON, button("review:approve-sub:not-a-uuid")),
                "review button is broken");
        assertRefused(scene.as(scene.member, MEMBER_PERMISSIONS, BUTTON, button("gone:away")),
                "not available any more");

        FakeDiscord discord = scene.discord;
        FakeDiscord.Answer fromDm = discord.interact(FakeDiscordPayloads.interaction(discord.nextId(), COMMAND, null,
                scene.member, MEMBER_PERMISSIONS, command("rank")));
        assertRefused(fromDm, "work inside a server");

        // The same interaction delivered twice (a replay) is answered once.
        ObjectNode daily = FakeDiscordPayloads.interaction(discord.nextId(), COMMAND, scene.guildId, scene.member,
                MEMBER_PERMISSIONS, command("daily"));
        discord.interact(daily);
        discord.dispatch("INTERACTION_CREATE", daily);
        String callback = "/interactions/" + daily.get("id").asText() + "/";
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> discord.calls().stream()
                .filter(call -> call.path().startsWith(callback)).count() == 1);

        // A DM from someone the bot does not know gets a pointer to the server, not an error.
        ObjectNode stranger = FakeDiscordPayloads.member(Snowflakes.next(), "Stranger");
        ObjectNode dm = FakeDiscordPayloads.message(discord.nextId(), scene.guildId, "7" + Snowflakes.next(), stranger,
                "hello bot?");
        dm.remove("guild_id");
        dm.remove("member");
        discord.dispatch("MESSAGE_CREATE", dm);
        await().atMost(Duration.ofSeconds(10)).until(() -> scene.directMessagesTo(BotScene.id(stranger)).stream()
                .anyMatch(message -> message.contains("I keep score inside servers")));

        assertThat(scene.asMember(command("rank")).text()).contains("Level");
    }

    private static void assertRefused(FakeDiscord.Answer answer, String message) {
        assertThat(answer.ephemeral()).as("ephemeral: " + answer.text()).isTrue();
        assertThat(answer.text()).contains("Couldn't do that").contains(message);
    }
}
