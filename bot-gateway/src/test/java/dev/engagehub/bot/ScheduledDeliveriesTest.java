package dev.engagehub.bot;

import static dev.engagehub.testkit.discord.FakeDiscordPayloads.subcommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engagehub.bot.activity.ActivityPublisher;
import dev.engagehub.bot.reminders.StreakReminders;
import dev.engagehub.bot.roles.TimedRoles;
import dev.engagehub.bot.support.BotPlatformResource;
import dev.engagehub.bot.support.BotScene;
import dev.engagehub.bot.support.Snowflakes;
import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.RewardKind;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Work the bot does on its own schedule: expiring timed reward roles, and evening streak reminders. */
@QuarkusTest
@WithTestResource(BotPlatformResource.class)
class ScheduledDeliveriesTest {
    @Inject
    TimedRoles timedRoles;

    @Inject
    StreakReminders reminders;

    @Inject
    EntityManager db;

    @Test
    void aPerkRoleForSevenDaysIsGrantedAtOnceAndRemovedWhenItExpires() {
        BotScene scene = new BotScene();
        String role = Snowflakes.next();
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            EventEnvelope<RedemptionFulfilled> fulfilled = EventEnvelope.of(scene.guildId, scene.memberId(),
                    "rewards-service", new RedemptionFulfilled(UUID.randomUUID(), "vip", "VIP for a week",
                            RewardKind.DIGITAL_PERK, null, role, 7, null, null));
            kafka.publish(fulfilled);
            kafka.publish(fulfilled);
        }
        String rolePath = "/guilds/" + scene.guildId + "/members/" + scene.memberId() + "/roles/" + role;
        scene.discord.awaitCall("PUT", rolePath, Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(10)).until(() -> scene.directMessagesTo(scene.memberId()).stream()
                .anyMatch(dm -> dm.contains("VIP for a week") && dm.contains("for 7 days")));

        // The role call and the DM happen inside the consumer's transaction: wait for it to commit the expiry.
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) db.createNativeQuery("SELECT count(*) FROM timed_roles WHERE role_id = ?1")
                        .setParameter(1, role).getSingleResult()).intValue() == 1));
        assertThat(timedRoles.expire(Instant.now().plus(Duration.ofDays(6)))).isZero();
        assertThat(timedRoles.expire(Instant.now().plus(Duration.ofDays(8)))).isEqualTo(1);
        scene.discord.awaitCall("DELETE", rolePath, Duration.ofSeconds(5));
        assertThat(scene.directMessagesTo(scene.memberId())).as("the duplicate event sent nothing").hasSize(1);
    }

    @Test
    void membersWhoseStreakEndsTonightGetOneReminder() {
        BotScene scene = new BotScene();
        scene.asManager(subcommand("config", "reminders", "enabled", true));
        Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        try (KafkaTestClient kafka = KafkaTestClient.forQuarkusTest()) {
            // Active until two days ago: yesterday used the one day of grace, so the streak ends tonight.
            for (int daysAgo = 4; daysAgo >= 2; daysAgo--) {
                kafka.publish(EventEnvelope.of(scene.guildId, scene.memberId(), ActivityPublisher.SOURCE,
                        ActivityRecorded.of("daily_checkin")).occurringAt(today.minus(Duration.ofDays(daysAgo))
                        .plus(Duration.ofHours(12))));
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> scene.balance(scene.memberId()) == 150);

        Instant morning = today.plus(Duration.ofHours(9));
        Instant evening = today.plus(Duration.ofHours(19));
        assertThat(reminders.remind(morning)).as("not evening yet").isZero();
        // The /config reply may come before its change commits: give it a moment. One sweep asks points-service
        // about every guild with reminders on, so on a loaded machine a single call can take several seconds.
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders.remind(evening) >= 1);
        assertThat(reminders.remind(evening.plus(Duration.ofHours(1)))).as("once a day").isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> scene.directMessagesTo(scene.memberId()).stream()
                .anyMatch(dm -> dm.contains("Your streak ends tonight")));
    }
}
