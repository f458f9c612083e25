package dev.engagehub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engagehub.system.support.Browser;
import dev.engagehub.system.support.Community;
import dev.engagehub.system.support.Platform;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin portal in headless Chromium against the running platform: what a community manager does on a
 * normal day, with a screenshot of every page (target/screenshots).
 */
class PortalTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Platform platform = Platform.shared();
    private Browser browser;
    private Community community;

    @BeforeEach
    void openBrowser() {
        community = Community.create(platform, "portal", "Portal Test Guild");
        browser = new Browser(platform.gateway());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldSignInWithAnAdminTokenAndDrawTheOverviewCharts() {
        Instant now = Instant.now();
        for (int day = 0; day < 5; day++) {
            for (String member : List.of("ada", "bo", "cy").subList(0, 1 + day % 3)) {
                community.activity(member, "event_attended", now.minus(day, ChronoUnit.DAYS));
            }
        }
        await().atMost(WAIT).until(() -> community.asAdmin().get("/api/v1/communities/{c}/analytics/overview",
                community.id()).then().extract().jsonPath().getInt("pointsIssued") == 900);

        browser.open("/portal/c/" + community.id());
        assertThat(browser.url()).contains("/portal/sign-in");
        browser.screenshot("00-sign-in");
        browser.type("#token", Platform.token("member", community.id(), "ada")).submit("button[type=submit]");
        assertThat(browser.errorOf("token")).contains("admin or operator role");

        signIn();
        assertThat(browser.url()).endsWith("/portal/c/" + community.id());
        assertThat(browser.text("#kpi-active")).isEqualTo("3");
        assertThat(browser.text("#kpi-issued")).isEqualTo("900");
        browser.waitFor("#activity-chart", WAIT);
        assertThat(chartPoints("activity-chart")).isEqualTo(30);
        assertThat(chartSum("points-chart", 0)).isEqualTo(900);
        assertThat(chartSum("funnel-chart", 0)).isGreaterThanOrEqualTo(3);
        assertThat(browser.text("#retention")).contains("100%");
        browser.screenshot("01-overview");
        browser.size(Browser.PHONE).open("/portal/c/" + community.id()).waitFor("#activity-chart", WAIT);
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(420L);
        browser.screenshot("01-overview-phone");
    }

    @Test
    void shouldApproveAClaimAndShowTheMembersNewBalance() {
        String claim = claim("dee", "wrote-blog-post", "https://blog.example/post");
        String refused = claim("eli", "gave-testimonial", null);
        signIn();

        browser.open("/portal/c/" + community.id() + "/review").waitFor("#submission-" + claim, WAIT);
        browser.screenshot("02-review-queue");
        browser.submit("#submission-" + refused + " button.danger");
        assertThat(browser.errorOf("reason-" + refused)).contains("Say why");
        assertThat(submissionStatus("eli", refused)).isEqualTo("PENDING");

        browser.submit("#submission-" + claim + " button.approve");
        assertThat(browser.text(".done")).contains("approved");
        assertThat(browser.has("#submission-" + claim)).isFalse();
        await().atMost(WAIT).until(() -> community.balanceOf("dee") == 400);
        browser.open("/portal/c/" + community.id() + "/members/dee");
        assertThat(browser.text("#balance")).isEqualTo("400");
        assertThat(browser.text("#ledger")).contains("submission");
        browser.screenshot("03-member-profile");
    }

    @Test
    void shouldShowANewClaimWithoutReloading() {
        signIn();
        browser.open("/portal/c/" + community.id() + "/review").waitFor("#claims-count", WAIT);
        assertThat(browser.text("#claims-count")).isEqualTo("0");
        String claim = claim("fay", "reported-a-bug", "https://issues.example/1");
        browser.waitFor("#submission-" + claim, WAIT);
        assertThat(browser.text("#claims-count")).isEqualTo("1");
    }

    @Test
    void shouldCreateARewardUploadCodesAndSeeItRedeemed() throws IOException {
        signIn();
        browser.open("/portal/c/" + community.id() + "/rewards");
        browser.type("#key", "steam-10").type("#name", "Steam €10").type("#cost", "0");
        browser.find("#kind").sendKeys("DISCOUNT_CODE");
        browser.submit("#reward-form button[type=submit]");
        assertThat(browser.errorOf("cost")).isEqualTo("The cost must be between 1 and 100000000.");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Steam €10");
        community.asAdmin().get("/api/v1/communities/{c}/rewards/steam-10", community.id()).then().statusCode(404);
        browser.screenshot("04-reward-form-error");

        browser.type("#cost", "300").submit("#reward-form button[type=submit]");
        assertThat(browser.text(".done")).contains("created");
        assertThat(browser.text("#catalog")).contains("Steam €10");

        browser.open("/portal/c/" + community.id() + "/rewards/steam-10");
        Path codes = Files.createTempFile("codes", ".csv");
        Files.writeString(codes, "code\nSTEAM-AAA\nSTEAM-BBB\nSTEAM-CCC\n");
        browser.find("#codes").sendKeys(codes.toAbsolutePath().toString());
        browser.submit("#codes-form button[type=submit]");
        assertThat(browser.text(".done")).contains("3 codes added");
        browser.screenshot("05-reward-codes");

        browser.open("/portal/c/" + community.id() + "/members/gus");
        browser.type("#points", "-5").type("#reason", "typo").submit("#adjust-form button[type=submit]");
        assertThat(browser.errorOf("points")).contains("fewer than the 5 to deduct");
        browser.type("#points", "500").type("#reason", "won the quiz").submit("#adjust-form button[type=submit]");
        assertThat(browser.text("#balance")).isEqualTo("500");

        community.as("gus").contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("rewardKey", "steam-10")).post("/api/v1/communities/{c}/members/gus/redemptions",
                        community.id()).then().statusCode(202);
        await().atMost(WAIT).until(() -> "FULFILLED".equals(community.as("gus")
                .get("/api/v1/communities/{c}/members/gus/redemptions", community.id()).then().extract()
                .jsonPath().getString("[0].status")));
        browser.open("/portal/c/" + community.id() + "/members/gus");
        assertThat(browser.text("#balance")).isEqualTo("200");
        assertThat(browser.text("main")).contains("steam-10").contains("FULFILLED");
        browser.open("/portal/c/" + community.id() + "/rewards");
        assertThat(browser.text("#catalog tr[data-key=steam-10]")).contains("2");
    }

    @Test
    void shouldShowEveryOtherPage() {
        community.activity("hal", "purchase", Instant.now());
        community.activity("ivy", "event_attended", Instant.now());
        // The boards follow the ledger through the points topic: wait until both members are on this week's.
        await().atMost(WAIT).until(() -> community.asAdmin().get("/api/v1/communities/{c}/leaderboards/week",
                community.id()).then().statusCode(200).extract().jsonPath().getList("entries").size() == 2);
        signIn();

        browser.open("/portal/c/" + community.id() + "/leaderboards?window=week").waitFor("#board-entries", WAIT);
        assertThat(browser.text("#board-entries")).containsSubsequence("hal", "ivy");
        browser.screenshot("06-leaderboards");

        browser.open("/portal/c/" + community.id() + "/members?q=I");
        assertThat(browser.text("#members")).contains("ivy").doesNotContain("hal");
        browser.screenshot("07-members");

        browser.open("/portal/c/" + community.id() + "/rules");
        browser.type("#actions #action", "meetup_hosted").type("#actions #minPoints", "-5")
                .submit("#actions button[type=submit]");
        assertThat(browser.errorOf("minPoints")).isEqualTo("Points must be between 0 and 1000000.");
        browser.type("#actions #minPoints", "250").submit("#actions button[type=submit]");
        assertThat(browser.text(".done")).contains("meetup_hosted");
        assertThat(browser.text("#actions table")).contains("meetup_hosted");
        browser.type("#t-key", "hosted-a-meetup").type("#t-name", "Hosted a meetup").type("#t-points", "0")
                .submit("#templates button[type=submit]");
        assertThat(browser.errorOf("t-points")).isEqualTo("Points must be between 1 and 100000.");
        browser.type("#t-points", "250").submit("#templates button[type=submit]");
        assertThat(browser.text("#templates table")).contains("Hosted a meetup");
        community.as("ivy").contentType(ContentType.JSON).body(Map.of("templateKey", "hosted-a-meetup",
                "evidenceUrl", "https://meetup.example/october")).post("/api/v1/communities/{c}/members/ivy/submissions",
                community.id()).then().statusCode(201);
        browser.screenshot("08-rules");

        browser.open("/portal/c/" + community.id() + "/exports?q=meetup_hosted");
        assertThat(browser.text("#audit")).contains("mona").contains("meetup_hosted");
        browser.screenshot("09-exports-audit");
    }

    private void signIn() {
        browser.size(Browser.LAPTOP).open("/portal/sign-in").type("#token", community.adminToken())
                .submit("button[type=submit]").waitFor("nav[aria-label=Portal]", WAIT);
    }

    private String claim(String member, String template, String url) {
        Map<String, Object> body = url == null ? Map.of("templateKey", template, "evidenceText", "Loved it")
                : Map.of("templateKey", template, "evidenceUrl", url);
        return community.as(member).contentType(ContentType.JSON).body(body)
                .post("/api/v1/communities/{c}/members/{m}/submissions", community.id(), member).then()
                .statusCode(201).extract().path("id");
    }

    private String submissionStatus(String member, String id) {
        return community.asAdmin().get("/api/v1/communities/{c}/members/{m}/submissions", community.id(), member)
                .then().extract().jsonPath().getString("find { it.id == '" + id + "' }.status");
    }

    private long chartPoints(String canvas) {
        return (Long) browser.script("return Chart.getChart('" + canvas + "').data.labels.length");
    }

    private long chartSum(String canvas, int dataset) {
        return ((Number) browser.script("return Chart.getChart('" + canvas + "').data.datasets[" + dataset
                + "].data.reduce((a, b) => a + b, 0)")).longValue();
    }
}
