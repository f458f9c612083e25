package dev.engagehub.bot.reminders;

import dev.engagehub.bot.client.PointsClient;
import dev.engagehub.bot.discord.DiscordApi;
import dev.engagehub.bot.guild.GuildSettings;
import dev.engagehub.bot.guild.Guilds;
import dev.engagehub.bot.notify.Deliveries;
import dev.engagehub.bot.notify.MemberNotices;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * In guilds that turned reminders on, members whose daily streak breaks unless they are active today get a DM
 * in the evening (community time), once a day. The day is marked before sending: a crash mid-way skips some
 * reminders rather than sending anyone two.
 */
@ApplicationScoped
public class StreakReminders {
    private static final Logger LOG = Logger.getLogger(StreakReminders.class);
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Streaks shorter than this are not worth a DM. */
    private static final int MINIMUM_DAYS = 2;

    private final Guilds guilds;
    private final PointsClient points;
    private final DiscordApi discord;
    private final Deliveries deliveries;
    private final int reminderHour;

    StreakReminders(Guilds guilds, @RestClient PointsClient points, DiscordApi discord, Deliveries deliveries,
                    @ConfigProperty(name = "engagehub.discord.reminder-hour", defaultValue = "18") int reminderHour) {
        this.guilds = guilds;
        this.points = points;
        this.discord = discord;
        this.deliveries = deliveries;
        this.reminderHour = reminderHour;
    }

    @Scheduled(every = "${engagehub.discord.reminder-sweep:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        remind(Instant.now());
    }

    /** Sends today's reminders in every guild where it is evening at {@code now}; returns how many were sent. */
    public int remind(Instant now) {
        int sent = 0;
        for (GuildSettings guild : guilds.withReminders()) {
            try {
                sent += remind(guild, now);
            } catch (RuntimeException e) {
                LOG.warnf("streak reminders for guild %s failed: %s", guild.guildId, e.toString());
            }
        }
        return sent;
    }

    private int remind(GuildSettings guild, Instant now) {
        ZoneId zone = ZoneId.of(points.community(guild.guildId).await().atMost(WAIT).timeZone());
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        if (local.getHour() < reminderHour || today.equals(guild.lastRemindersOn)) {
            return 0;
        }
        guilds.update(guild.guildId, settings -> settings.lastRemindersOn = today);
        List<String> atRisk = points.streaksAtRisk(guild.guildId, MINIMUM_DAYS).await().atMost(WAIT);
        atRisk.forEach(member -> deliveries.call("DM a streak reminder",
                discord.sendDirect(member, MemberNotices.streakReminder(), null)));
        return atRisk.size();
    }
}
