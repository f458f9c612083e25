package dev.engagehub.bot.guild;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A guild the bot is in, and the bot's own settings for it. Its community id is the guild id. */
@Entity
@Table(name = "discord_guilds")
public class GuildSettings extends PanacheEntityBase {
    @Id
    @Column(name = "guild_id")
    public String guildId;

    @Column(nullable = false)
    public String name;

    @Column(name = "commands_version")
    public String commandsVersion;

    /** Where level-ups are announced; none: not announced. */
    @Column(name = "announcement_channel_id")
    public String announcementChannelId;

    /** Members with this role may use admin commands, besides those who can manage the server. */
    @Column(name = "admin_role_id")
    public String adminRoleId;

    @Column(name = "streak_reminders", nullable = false)
    public boolean streakReminders;

    @Column(name = "last_reminders_on")
    public LocalDate lastRemindersOn;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;
}
