package dev.engagehub.system;

import static dev.engagehub.testkit.discord.FakeDiscordPayloads.BUTTON;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.COMMAND;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MANAGER_PERMISSIONS;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MEMBER_PERMISSIONS;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.MODAL_SUBMIT;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.button;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.command;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.modal;
import static dev.engagehub.testkit.discord.FakeDiscordPayloads.subcommand;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engagehub.system.support.Browser;
import dev.engagehub.system.support.Platform;
import dev.engagehub.system.support.WebhookSigner;
import dev.engagehub.testkit.discord.FakeDiscord;
import dev.engagehub.testkit.discord.FakeDiscordPayloads;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;

/**
 * One community's life through every public surface at once: Discord (the bot, on the fake Discord), the API, a
 * partner's webhook and the admin portal. A member earns, levels up, keeps a streak, completes a challenge, gets
 * a submission approved and redeems a code; at the end the ledger, the balance, the board, analytics and what
 * the member was told all tell the same story.
 */
class CommunityJourneyTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Platform platform = Platform.shared();
    private final FakeDiscord discord = platform.discord();
    private final String guild = discord.nextId();
    private final ObjectNode mona = FakeDiscordPayloads.member(discord.nextId(), "Mona Manager");
    private final ObjectNode ada = FakeDiscordPayloads.member(discord.nextId(), "Ada Member");
    private final String adaId = ada.path("user").path("id").asText();
    private final String adminToken = Platform.token("admin", guild, "mona");

    @Test
    void shouldTakeAMemberFromFirstMessageToRedeemedCodeWithEverySurfaceAgreeing() throws Exception {
        // Set-up: the bot joins the guild, which becomes a community; its manager configures it in Discord and
        // its admin through the API.
        discord.addGuild(guild, "Journey Guild");
        discord.awaitCall("PUT", "/applications/\\d+/guilds/" + guild + "/commands", WAIT);
        String levelRole = discord.nextId();
        assertThat(asMona(subcommand("config", "level-role", "level", 2, "role", levelRole)).text())
                .contains("Reaching level 2 now gives <@&" + levelRole + ">");
        assertThat(asMona(subcommand("config", "announcements", "channel", general())).text())
                .contains("announced in <#" + general() + ">");
        assertThat(asMona(subcommand("config", "action", "action", "message", "points", 300, "cooldown", 0)).text())
                .contains("`message` is worth 300 points");
        Instant now = Instant.now();
        admin().contentType(ContentType.JSON).body(Map.of("name", "First purchase", "goalKind", "ACTION_COUNT",
                        "subject", "purchase", "goal", 1, "startsAt", now.minus(1, ChronoUnit.HOURS).toString(),
                        "endsAt", now.plus(7, ChronoUnit.DAYS).toString(), "rewardPoints", 100))
                .put("/api/v1/communities/{c}/challenges/first-purchase", guild).then().statusCode(200);
        admin().contentType(ContentType.JSON).body(Map.of("name", "Gift card", "kind", "DISCOUNT_CODE", "cost", 300,
                "visible", true)).put("/api/v1/communities/{c}/rewards/gift-card", guild).then().statusCode(201);
        admin().contentType("text/plain").body("GIFT-JOURNEY-1\nGIFT-JOURNEY-2")
                .post("/api/v1/communities/{c}/rewards/gift-card/codes", guild).then().statusCode(200);

        // Yesterday Ada checked in from the community's app, which reports it through the API (+50).
        admin().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("memberId", adaId, "action", "daily_checkin", "occurredAt",
                        now.minus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/communities/{c}/activity", guild).then().statusCode(202);
        eventually().until(() -> member("points").getLong("lifetimeXp") == 50);

        // Today she chats (+300): level 2, the level's role and an announcement.
        discord.dispatch("MESSAGE_CREATE", FakeDiscordPayloads.message(discord.nextId(), guild, general(), ada,
                "hello everyone!"));
        discord.awaitCall("PUT", "/guilds/" + guild + "/members/" + adaId + "/roles/" + levelRole, WAIT);
        FakeDiscord.Call announcement = discord.awaitCall(call -> call.method().equals("POST") && call.path()
                .equals("/channels/" + general() + "/messages") && call.body().toString().contains("level 2"), WAIT,
                "announcement");
        assertThat(announcement.body().toString()).contains("<@" + adaId + ">").contains("<@&" + levelRole);

        // ... and checks in with /daily (+50): a streak of two days.
        assertThat(asAda(COMMAND, command("daily")).text()).contains("Checked in");
        eventually().until(() -> member("streak").getInt("current") == 2);
        assertThat(member("points").getLong("lifetimeXp")).isEqualTo(400);

        // A purchase in the partner's shop arrives by signed webhook (+200) and completes the challenge (+100).
        JsonPath partner = admin().contentType(ContentType.JSON).body(Map.of("name", "Shop", "provider", "generic"))
                .post("/api/v1/communities/{c}/partners", guild).then().statusCode(201).extract().jsonPath();
        String delivery = "{\"id\":\"order-1001\",\"action\":\"purchase\",\"memberId\":\"" + adaId + "\"}";
        WebhookSigner.generic(partner.getString("secret"), delivery, given().baseUri(platform.gateway()))
                .post(partner.getString("webhookPath")).then().statusCode(202);
        eventually().until(() -> member("challenges").getList("findAll { it.key == 'first-purchase' }"
                + ".completed").contains(true));

        // Ada claims points for a live event in a Discord form; Mona approves it in the portal (+100).
        assertThat(asAda(MODAL_SUBMIT, modal("submit:attended-live-event", "evidenceText", "I was at the AMA"))
                .text()).contains("waiting for review");
        String claim = admin().get("/api/v1/communities/{c}/submissions?status=PENDING", guild).then()
                .statusCode(200).extract().jsonPath().getString("[0].id");
        try (Browser browser = new Browser(platform.gateway())) {
            browser.size(Browser.LAPTOP).open("/portal/sign-in").type("#token", adminToken)
                    .submit("button[type=submit]").waitFor("nav[aria-label=Portal]", WAIT);
            browser.open("/portal/c/" + guild + "/review").waitFor("#submission-" + claim, WAIT);
            browser.submit("#submission-" + claim + " button.approve");
            assertThat(browser.text(".done")).contains("approved");
        }
        eventually().until(() -> member("points").getLong("lifetimeXp") == 800);

        // She redeems the gift card in Discord (-300) and gets its code by DM.
        FakeDiscord.Answer ask = asAda(COMMAND, command("redeem", "reward", "gift-card"));
        assertThat(ask.buttons()).contains("redeem:confirm:gift-card");
        assertThat(asAda(BUTTON, button("redeem:confirm:gift-card")).text()).contains("Redemption requested");
        await().atMost(WAIT).until(() -> discord.directMessagesTo(adaId).stream()
                .anyMatch(dm -> dm.contains("GIFT-JOURNEY-1")));

        // Then every surface agrees: ledger, balance, board, analytics, Discord and what Ada was told.
        eventually().until(() -> member("points").getLong("balance") == 500);
        List<Map<String, Object>> ledger = member("ledger?limit=100").getList("$");
        assertThat(ledger.stream().mapToLong(entry -> ((Number) entry.get("points")).longValue()).sum())
                .isEqualTo(500);
        assertThat(ledger).extracting(entry -> entry.get("kind") + " " + entry.get("points"))
                .containsExactlyInAnyOrder("AWARD 300", "AWARD 50", "AWARD 50", "AWARD 200", "AWARD 100",
                        "AWARD 100", "DEBIT -300");
        await().atMost(WAIT).until(() -> admin().get("/api/v1/communities/{c}/leaderboards/all", guild).then()
                .statusCode(200).extract().jsonPath().getLong("entries.find { it.memberId == '" + adaId
                        + "' }.points") == 800);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath overview = admin().get("/api/v1/communities/{c}/analytics/overview", guild).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(overview.getLong("pointsIssued")).isEqualTo(800);
            assertThat(overview.getLong("pointsRedeemed")).isEqualTo(300);
            assertThat(overview.getLong("activeMembers")).isEqualTo(1);
        });
        FakeDiscord.Answer rank = asAda(COMMAND, command("rank"));
        assertThat(rank.ephemeral()).isTrue();
        assertThat(rank.text()).contains("Level 4").contains("Rank: #1 of 1").contains("Balance: 500 points");
        await().atMost(WAIT).until(() -> discord.directMessagesTo(adaId).stream()
                .anyMatch(dm -> dm.contains("Submission approved")));
        assertThat(asAda(COMMAND, command("redemptions")).text()).contains("gift-card").contains("GIFT-JOURNEY-1");
    }

    /** Polls once a second: Ada's own reads count against her token's rate limit (120 a minute). */
    private static ConditionFactory eventually() {
        return await().atMost(WAIT).pollInterval(Duration.ofSeconds(1));
    }

    private String general() {
        return FakeDiscordPayloads.generalChannel(guild);
    }

    private FakeDiscord.Answer asMona(ObjectNode data) {
        return discord.interact(FakeDiscordPayloads.interaction(discord.nextId(), COMMAND, guild, mona,
                MANAGER_PERMISSIONS, data));
    }

    private FakeDiscord.Answer asAda(int type, ObjectNode data) {
        return discord.interact(FakeDiscordPayloads.interaction(discord.nextId(), type, guild, ada,
                MEMBER_PERMISSIONS, data));
    }

    private RequestSpecification admin() {
        return given().baseUri(platform.gateway()).auth().oauth2(adminToken);
    }

    /** Ada's own view of {@code path} under her member resource, read with her token. */
    private JsonPath member(String path) {
        return given().baseUri(platform.gateway()).auth().oauth2(Platform.token("member", guild, adaId))
                .get("/api/v1/communities/{c}/members/{m}/" + path, guild, adaId).then().statusCode(200)
                .extract().jsonPath();
    }
}
