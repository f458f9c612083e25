package dev.engagehub.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engagehub.tools.demo.Demo;
import dev.engagehub.tools.Progress;
import dev.engagehub.system.support.Browser;
import dev.engagehub.system.support.Platform;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code ./engagehub demo}, smaller: what it seeds is what a new user finds in the portal. */
class DemoTest {
    private final Platform platform = Platform.shared();

    @Test
    void shouldSeedACommunityThePortalShowsInFull() throws Exception {
        String community = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Demo.Summary summary = new Demo(Demo.Settings.parse(new String[] {"--gateway", platform.gateway(),
                "--bootstrap", platform.bootstrap(), "--community", community, "--members", "60", "--days", "14",
                "--private-key", Platform.privateKey().toString()}),
                new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8), false)).run();

        System.out.print(printed.toString(StandardCharsets.UTF_8));
        assertThat(summary.members()).isEqualTo(60);
        assertThat(summary.events()).isGreaterThan(150);
        assertThat(summary.claims()).isGreaterThan(10);
        assertThat(summary.redemptions()).isGreaterThan(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Publishing weeks of activity: 100%")
                .contains("Applying points to the ledger: done in");

        try (Browser browser = new Browser(platform.gateway())) {
            browser.open("/portal/sign-in").type("#token", summary.adminToken()).submit("button[type=submit]")
                    .waitFor("#activity-chart", Duration.ofSeconds(30));
            assertThat(Long.parseLong(browser.text("#kpi-active"))).isGreaterThan(10);
            assertThat(Long.parseLong(browser.text("#kpi-issued").replace(",", ""))).isGreaterThan(1_000);
            browser.screenshot("10-demo-overview");
            browser.open("/portal/c/" + community + "/review");
            assertThat(Long.parseLong(browser.text("#claims-count"))).isPositive();
            browser.screenshot("11-demo-review");
            browser.open("/portal/c/" + community + "/leaderboards?window=month");
            assertThat(browser.text("#board-entries")).contains("XP");
            browser.screenshot("12-demo-leaderboards");
        }
    }
}
