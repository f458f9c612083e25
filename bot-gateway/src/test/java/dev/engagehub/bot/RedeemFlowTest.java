package dev.engagehub.bot;

import static dev.engagehub.testkit.discord.FakeDiscordPayloads.AUTOCOMPLETE;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.BUTTON;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MANAGER_PERMISSIONS;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MEMBER_PERMISSIONS;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MODAL_SUBMIT;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.button;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.command;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.modal;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.typing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engagehub.bot.support.BotPlatformResource;
import dev.engagehub.bot.support.BotScene;
import dev.engagehub.testkit.discord.FakeDiscord;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /rewards} and {@code /redeem} through the saga, ending with the code in a DM. */
@QuarkusTest
@WithTestResource(BotPlatformResource.class)
class RedeemFlowTest {
    @Test
    void redeemingACodeRewardEndsWithTheCodeInADm() {
        BotScene scene = new BotScene();
        scene.reward("gift-card", "DISCOUNT_CODE", 300, null);
        scene.codes("gift-card", "GIFT-AAA-111");
        assertThat(scene.asManager(command("award", "member", scene.memberId(), "points", 500, "reason", "welcome"))
                .text()).contains("receives **500** points").contains("Balance now: 500");

        FakeDiscord.Answer catalog = scene.asMember(command("rewards"));
        assertThat(catalog.ephemeral()).isTrue();
        assertThat(catalog.text()).contains("You have **500** points").contains("Reward gift-card · 300 points");
        assertThat(catalog.buttons()).containsExactly("redeem:ask:gift-card");

        FakeDiscord.Answer confirm = scene.as(scene.member, MEMBER_PERMISSIONS, BUTTON, button("redeem:ask:gift-card"));
        assertThat(confirm.text()).contains("It costs **300** points; you have 500.");
        assertThat(confirm.buttons()).containsExactly("redeem:confirm:gift-card", "redeem:cancel");

        FakeDiscord.Answer requested = scene.as(scene.member, MEMBER_PERMISSIONS, BUTTON,
                button("redeem:confirm:gift-card"));
        assertThat(requested.text()).contains("Redemption requested");
        assertThat(requested.buttons()).isEmpty();

        await().atMost(Duration.ofSeconds(30)).until(() -> scene.directMessagesTo(scene.memberId()).stream()
                .anyMatch(dm -> dm.contains("GIFT-AAA-111")));
        assertThat(scene.balance(scene.memberId())).isEqualTo(200);
        assertThat(scene.asMember(command("redemptions")).text()).contains("gift-card").contains("fulfilled")
                .contains("GIFT-AAA-111");
    }

    @Test
    void merchAsksForTheAddressInAFormAndWaitsForAnAdmin() {
        BotScene scene = new BotScene();
        scene.reward("hoodie", "MERCH", 100, 5);
        scene.asManager(command("award", "member", scene.memberId(), "points", 150, "reason", "welcome"));

        FakeDiscord.Answer suggestions = scene.as(scene.member, MEMBER_PERMISSIONS, AUTOCOMPLETE,
                typing("redeem", "reward", "hood"));
        assertThat(suggestions.callback().path("choices").get(0).path("name").asText())
                .isEqualTo("Reward hoodie · 100 points");
        assertThat(suggestions.callback().path("choices").get(0).path("value").asText()).isEqualTo("hoodie");

        FakeDiscord.Answer ask = scene.asMember(command("redeem", "reward", "hoodie"));
        assertThat(ask.buttons()).containsExactly("redeem:address:hoodie", "redeem:cancel");
        FakeDiscord.Answer form = scene.as(scene.member, MEMBER_PERMISSIONS, BUTTON, button("redeem:address:hoodie"));
        assertThat(form.type()).isEqualTo(9);
        assertThat(form.callback().path("custom_id").asText()).isEqualTo("redeem:ship:hoodie");

        FakeDiscord.Answer sent = scene.as(scene.member, MEMBER_PERMISSIONS, MODAL_SUBMIT, modal("redeem:ship:hoodie",
                "name", "Max Member", "line1", "1 Main St", "city", "Springfield", "postalCode", "12345",
                "country", "US"));
        assertThat(sent.text()).contains("Redemption requested").contains("when it ships");

        await().atMost(Duration.ofSeconds(30)).until(() -> scene.asManager(command("review")).text()
                .contains("Redemption · hoodie"));
        FakeDiscord.Answer queue = scene.asManager(command("review"));
        String approve = queue.buttons().get(0);
        assertThat(approve).startsWith("review:approve-red:");
        FakeDiscord.Answer approved = scene.as(scene.manager, MANAGER_PERMISSIONS, BUTTON,
                button(approve));
        assertThat(approved.type()).isEqualTo(7);
        assertThat(approved.text()).contains("Approved `hoodie`").contains("All caught up");
        assertThat(scene.asMember(command("redemptions")).text()).contains("approved, shipping soon");
    }

    @Test
    void aRedemptionBeyondTheBalanceIsRefusedWithTheReason() {
        BotScene scene = new BotScene();
        scene.reward("sticker", "DIGITAL_PERK", 1_000, null);
        FakeDiscord.Answer refused = scene.asMember(command("redeem", "reward", "sticker"));
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text()).contains("Couldn't do that").containsIgnoringCase("points");
        assertThat(scene.asMember(command("redeem", "reward", "no-such-thing")).text())
                .contains("There is no reward `no-such-thing` here");
    }
}
