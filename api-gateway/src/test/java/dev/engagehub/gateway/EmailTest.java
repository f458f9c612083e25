package dev.engagehub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.NotificationRequested;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.RewardKind;
import dev.engagehub.events.SubmissionReviewed;
import dev.engagehub.gateway.email.ScheduledEmails;
import dev.engagehub.gateway.support.GatewayPlatformResource;
import dev.engagehub.gateway.support.Tokens;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Email through a real SMTP server (GreenMail): event news, notifications, reminders and the weekly digest. */
@QuarkusTest
@WithTestResource(GatewayPlatformResource.class)
class EmailTest {
    @Inject
    ScheduledEmails scheduled;

    @Test
    void shouldEmailAFulfilledRewardOnceToAMemberWhoLeftAnAddress() {
        String community = community();
        String to = contact(community, "max", true);
        contact(community, "quiet", false);
        try (KafkaTestClient kafka = new KafkaTestClient(GatewayPlatformResource.bootstrap())) {
            EventEnvelope<RedemptionFulfilled> fulfilled = EventEnvelope.of(community, "max", "rewards-service",
                    new RedemptionFulfilled(UUID.randomUUID(), "gift-card", "Gift card", RewardKind.DISCOUNT_CODE,
                            "GIFT-777", null, null, null, "Use it at checkout"));
            kafka.publish(fulfilled);
            kafka.publish(fulfilled);
            kafka.publish(EventEnvelope.of(community, "quiet", "rewards-service", new RedemptionFulfilled(
                    UUID.randomUUID(), "gift-card", "Gift card", RewardKind.DISCOUNT_CODE, "GIFT-778", null, null,
                    null, null)));
            kafka.publish(EventEnvelope.of(community, "max", "points-service", new SubmissionReviewed(
                    UUID.randomUUID(), "wrote-blog-post", SubmissionReviewed.Decision.REJECTED, 0, "mona",
                    "The link is broken")));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> to(to).size() == 2);
        MimeMessage reward = to(to).stream().filter(m -> subject(m).startsWith("Your reward is ready")).findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(reward)).contains("GIFT-777").contains("Use it at checkout");
        assertThat(to(to).stream().map(EmailTest::subject)).contains("Your submission was not approved");
        assertThat(GreenMailUtil.getBody(to(to).stream().filter(m -> subject(m).contains("not approved"))
                .findFirst().orElseThrow())).contains("The link is broken");
        assertThat(allReceived()).noneMatch(m -> GreenMailUtil.getBody(m).contains("GIFT-778"));
    }

    @Test
    void shouldSendNotificationsAddressedToAnEmail() {
        String community = community();
        String to = "news-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        try (KafkaTestClient kafka = new KafkaTestClient(GatewayPlatformResource.bootstrap())) {
            kafka.publish(EventEnvelope.of(community, null, "points-service", new NotificationRequested(
                    NotificationRequested.Channel.EMAIL, "event-invite", to, Map.of("subject", "AMA on Friday",
                    "message", "Join us at 18:00 UTC.", "room", "stage"))));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> to(to).size() == 1);
        assertThat(subject(to(to).get(0))).isEqualTo("AMA on Friday");
        assertThat(GreenMailUtil.getBody(to(to).get(0))).contains("Join us at 18:00 UTC.").contains("room: stage");
    }

    @Test
    void shouldSendTheWeeklyDigestOnMondaysOnlyOnce() {
        String community = community();
        String to = contact(community, "max", true);
        given().auth().oauth2(Tokens.of("admin", community, "mona")).header("Idempotency-Key", UUID.randomUUID())
                .contentType("application/json").body(Map.of("points", 120, "reason", "welcome"))
                .post("/api/v1/communities/{c}/members/max/adjustments", community).then().statusCode(200);

        Instant monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .atTime(9, 0).toInstant(ZoneOffset.UTC);
        assertThat(scheduled.digests(monday.minus(Duration.ofDays(1)))).as("not on Sunday").isZero();
        assertThat(scheduled.digests(monday)).isGreaterThanOrEqualTo(1);
        assertThat(scheduled.digests(monday.plus(Duration.ofHours(1)))).as("once a week").isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> to(to).size() == 1);
        assertThat(subject(to(to).get(0))).startsWith("Your week:");
        assertThat(GreenMailUtil.getBody(to(to).get(0))).contains("120 points to spend");
    }

    @Test
    void shouldRemindAMemberWhoseStreakEndsTonightOncePerDay() {
        String community = community();
        String to = contact(community, "max", true);
        Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        try (KafkaTestClient kafka = new KafkaTestClient(GatewayPlatformResource.bootstrap())) {
            // Active until two days ago: yesterday used the day of grace, so the streak ends tonight.
            for (int daysAgo = 4; daysAgo >= 2; daysAgo--) {
                kafka.publish(EventEnvelope.of(community, "max", "api-gateway", ActivityRecorded.of("daily_checkin"))
                        .occurringAt(today.minus(Duration.ofDays(daysAgo)).plus(Duration.ofHours(12))));
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(Tokens.of("member", community, "max"))
                .get("/api/v1/communities/{c}/members/max/points", community).then().extract().jsonPath()
                .getLong("balance") == 150);

        assertThat(scheduled.streakReminders(today.plus(Duration.ofHours(9)))).as("not evening yet").isZero();
        assertThat(scheduled.streakReminders(today.plus(Duration.ofHours(19)))).isGreaterThanOrEqualTo(1);
        assertThat(scheduled.streakReminders(today.plus(Duration.ofHours(20)))).as("once a day").isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> to(to).size() == 1);
        assertThat(subject(to(to).get(0))).isEqualTo("Your streak ends tonight");
    }

    @Test
    void shouldValidateAndProtectContacts() {
        String community = community();
        given().auth().oauth2(Tokens.of("member", community, "max")).contentType("application/json")
                .body(Map.of("email", "not-an-email")).put("/api/v1/communities/{c}/members/max/contact", community)
                .then().statusCode(400).body("type", equalTo("urn:engagehub:problem:invalid-field"));
        given().auth().oauth2(Tokens.of("member", community, "eve")).contentType("application/json")
                .body(Map.of("email", "eve@example.com")).put("/api/v1/communities/{c}/members/max/contact", community)
                .then().statusCode(403);
    }

    private static String community() {
        String community = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.of("admin", community, "mona")).contentType("application/json")
                .body(Map.of("name", community, "timeZone", "UTC")).put("/api/v1/communities/{c}", community)
                .then().statusCode(201);
        return community;
    }

    private static String contact(String community, String member, boolean wantsEmail) {
        String email = member + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        given().auth().oauth2(Tokens.of("member", community, member)).contentType("application/json")
                .body(Map.of("email", email, "wantsEmail", wantsEmail))
                .put("/api/v1/communities/{c}/members/{m}/contact", community, member).then().statusCode(200)
                .body("email", equalTo(email));
        return email;
    }

    private static List<MimeMessage> allReceived() {
        return Arrays.asList(GatewayPlatformResource.mail().getReceivedMessages());
    }

    private static List<MimeMessage> to(String address) {
        return allReceived().stream().filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
