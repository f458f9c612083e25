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

/** A member submits through a form; an admin approves with a button (or rejects with a reason form). */
@QuarkusTest
@WithTestResource(BotPlatformResource.class)
class ReviewFlowTest {
    @Test
    void anApprovedSubmissionChangesTheMembersPointsAndTellsThem() {
        BotScene scene = new BotScene();
        assertThat(scene.asMember(command("submit")).text()).contains("`attended-live-event` **Attended the live event**");

        FakeDiscord.Answer suggestions = scene.as(scene.member, MEMBER_PERMISSIONS, AUTOCOMPLETE,
                typing("submit", "template", "live"));
        assertThat(suggestions.type()).isEqualTo(8);
        assertThat(suggestions.callback().path("choices").findValuesAsText("value"))
                .contains("attended-live-event").allMatch(key -> key.contains("live"));

        FakeDiscord.Answer form = scene.asMember(command("submit", "template", "attended-live-event"));
        assertThat(form.type()).isEqualTo(9);
        assertThat(form.callback().path("custom_id").asText()).isEqualTo("submit:attended-live-event");
        FakeDiscord.Answer submitted = scene.as(scene.member, MEMBER_PERMISSIONS, MODAL_SUBMIT,
                modal("submit:attended-live-event", "evidenceUrl", "", "evidenceText", "I was at the AMA"));
        assertThat(submitted.text()).contains("waiting for review");

        FakeDiscord.Answer queue = scene.asManager(command("review"));
        assertThat(queue.text()).contains("Submission · attended-live-event").contains("I was at the AMA")
                .contains("1 submission(s) and 0 redemption(s) waiting");
        assertThat(queue.buttons()).hasSize(2);
        FakeDiscord.Answer approved = scene.as(scene.manager, MANAGER_PERMISSIONS, BUTTON,
                button(queue.buttons().get(0)));
        assertThat(approved.text()).contains("Approved `attended-live-event`").contains("+100 points");

        await().atMost(Duration.ofSeconds(20)).until(() -> scene.balance(scene.memberId()) == 100);
        await().atMost(Duration.ofSeconds(20)).until(() -> scene.directMessagesTo(scene.memberId()).stream()
                .anyMatch(dm -> dm.contains("Submission approved") && dm.contains("**100** points")));
    }

    @Test
    void aRejectionAsksForTheReasonAndTheMemberReadsIt() {
        BotScene scene = new BotScene();
        scene.as(scene.member, MEMBER_PERMISSIONS, MODAL_SUBMIT, modal("submit:attended-live-event",
                "evidenceText", "trust me"));
        FakeDiscord.Answer queue = scene.asManager(command("review"));
        String reject = queue.buttons().get(1);
        assertThat(reject).startsWith("review:reject-sub:");

        FakeDiscord.Answer form = scene.as(scene.manager, MANAGER_PERMISSIONS, BUTTON, button(reject));
        assertThat(form.type()).isEqualTo(9);
        String reasonForm = form.callback().path("custom_id").asText();
        FakeDiscord.Answer rejected = scene.as(scene.manager, MANAGER_PERMISSIONS, MODAL_SUBMIT,
                modal(reasonForm, "reason", "No record of you at the AMA"));
        assertThat(rejected.text()).contains("Rejected `attended-live-event`");

        await().atMost(Duration.ofSeconds(20)).until(() -> scene.directMessagesTo(scene.memberId()).stream()
                .anyMatch(dm -> dm.contains("No record of you at the AMA")));
        assertThat(scene.balance(scene.memberId())).isZero();
    }

    @Test
    void membersCannotReview() {
        BotScene scene = new BotScene();
        FakeDiscord.Answer refused = scene.asMember(command("review"));
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text()).contains("Only server managers");
    }
}
