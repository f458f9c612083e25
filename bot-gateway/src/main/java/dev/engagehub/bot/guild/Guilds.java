package dev.engagehub.bot.guild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The guilds the bot knows and their bot-side settings. */
@ApplicationScoped
@Transactional
public class Guilds {
    /** Records the guild (or its new name) and returns its settings. */
    public GuildSettings joined(String guildId, String name) {
        GuildSettings guild = GuildSettings.findById(guildId);
        if (guild == null) {
            guild = new GuildSettings();
            guild.guildId = guildId;
            guild.joinedAt = Instant.now();
            guild.name = name;
            guild.persist();
        }
        guild.name = name;
        return guild;
    }

    public Optional<GuildSettings> find(String guildId) {
        return GuildSettings.findByIdOptional(guildId);
    }

    public List<GuildSettings> withReminders() {
        return GuildSettings.list("streakReminders", true);
    }

    /** Applies a change to a known guild's settings; false when the bot does not know the guild. */
    public boolean update(String guildId, Consumer<GuildSettings> change) {
        GuildSettings guild = GuildSettings.findById(guildId);
        if (guild == null) {
            return false;
        }
        change.accept(guild);
        return true;
    }
}
