package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.slashCommand;

import dev.engagehub.bot.activity.ActivityPublisher;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.events.ActivityRecorded;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * {@code /daily}: the daily check-in, an activity like any other (points-service's rule decides what it is worth
 * and keeps its 20-hour cooldown). The interaction id is the reference, so the ledger can name it.
 */
@ApplicationScoped
public class DailyCommand implements CommandHandler {
    private final ActivityPublisher activity;

    DailyCommand(ActivityPublisher activity) {
        this.activity = activity;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return slashCommand("daily", "Check in for today and keep your streak going");
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        activity.publish(interaction.guildId().orElseThrow(), interaction.userId(),
                new ActivityRecorded("daily_checkin", 1, interaction.channelId().orElse(null),
                        List.copyOf(interaction.roleIds()), "interaction:" + interaction.id()), Instant.now());
        return Uni.createFrom().item(Reply.of(Embed.of("✅ Checked in", "Your check-in for today is in. "
                + "Come back tomorrow to keep your streak going; `/rank` shows it.").color(Embed.GREEN)).privately());
    }
}
