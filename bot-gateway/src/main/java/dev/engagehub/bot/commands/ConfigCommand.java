package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.BOOLEAN;
import static dev.engagehub.bot.interaction.CommandDefinitions.CHANNEL;
import static dev.engagehub.bot.interaction.CommandDefinitions.NUMBER;
import static dev.engagehub.bot.interaction.CommandDefinitions.ROLE;
import static dev.engagehub.bot.interaction.CommandDefinitions.STRING;
import static dev.engagehub.bot.interaction.CommandDefinitions.adminCommand;
import static dev.engagehub.bot.interaction.CommandDefinitions.integer;
import static dev.engagehub.bot.interaction.CommandDefinitions.option;
import static dev.engagehub.bot.interaction.CommandDefinitions.subcommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engagehub.bot.client.PointsClient;
import dev.engagehub.bot.guild.GuildSettings;
import dev.engagehub.bot.guild.Guilds;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Format;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.bot.interaction.UserFacingException;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@code /config …}: the community's rules (points-service) and the bot's own settings, from Discord. Rule
 * changes go through points-service's admin API, audited under the admin's id.
 */
@ApplicationScoped
public class ConfigCommand implements CommandHandler {
    private static final String NAME = "config";

    private final PointsClient points;
    private final Guilds guilds;

    ConfigCommand(@RestClient PointsClient points, Guilds guilds) {
        this.points = points;
        this.guilds = guilds;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return adminCommand(NAME, "Set up how this server earns and celebrates",
                subcommand("show", "The current settings"),
                subcommand("announcements", "Where level-ups are announced",
                        option(CHANNEL, "channel", "The channel", true)),
                subcommand("admin-role", "A role that may use admin commands (besides Manage Server)",
                        option(ROLE, "role", "The role", true)),
                subcommand("no-xp", "Stop (or restart) a channel earning XP",
                        option(CHANNEL, "channel", "The channel", true)),
                subcommand("no-xp-role", "Stop (or restart) members with a role earning XP",
                        option(ROLE, "role", "The role", true)),
                subcommand("role-boost", "Members with a role earn more (the best boost applies)",
                        option(ROLE, "role", "The role", true),
                        option(NUMBER, "factor", "e.g. 1.5 for +50% (up to 10)", true)),
                subcommand("level-role", "Give a role when members reach a level",
                        integer("level", "The level", true, 1, 1_000), option(ROLE, "role", "The role", true)),
                subcommand("action", "What an action is worth",
                        option(STRING, "action", "e.g. message, reaction_given, voice_minute, daily_checkin", true),
                        integer("points", "Points per action", true, 0, 100_000),
                        integer("cooldown", "Seconds before it earns again", false, 0, 604_800)),
                subcommand("double-xp", "Double XP for everyone, starting now",
                        integer("hours", "For how long", true, 1, 168)),
                subcommand("reminders", "DM members whose streak is about to break",
                        option(BOOLEAN, "enabled", "On or off", true)),
                subcommand("timezone", "The community's time zone (days, streaks and boards follow it)",
                        option(STRING, "zone", "An IANA zone such as Europe/Berlin", true)));
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        String community = interaction.guildId().orElseThrow();
        String admin = interaction.userId();
        String sub = interaction.subcommand().orElse("show");
        return switch (sub) {
            case "announcements" -> local(community, guild -> guild.announcementChannelId = required(interaction,
                    "channel"), "Level-ups are announced in " + Format.channel(required(interaction, "channel")) + ".");
            case "admin-role" -> local(community, guild -> guild.adminRoleId = required(interaction, "role"),
                    "Members with " + Format.role(required(interaction, "role")) + " can use admin commands.");
            case "reminders" -> {
                boolean enabled = Boolean.parseBoolean(required(interaction, "enabled"));
                yield local(community, guild -> guild.streakReminders = enabled, enabled
                        ? "Members get a DM in the evening when their streak is about to break."
                        : "Streak reminders are off.");
            }
            case "no-xp" -> toggle(community, admin, "noXpChannels", required(interaction, "channel"),
                    Format.channel(required(interaction, "channel")));
            case "no-xp-role" -> toggle(community, admin, "noXpRoles", required(interaction, "role"),
                    Format.role(required(interaction, "role")));
            case "role-boost" -> roleBoost(community, admin, required(interaction, "role"),
                    required(interaction, "factor"));
            case "level-role" -> levelRole(community, admin, Integer.parseInt(required(interaction, "level")),
                    required(interaction, "role"));
            case "action" -> action(community, admin, interaction);
            case "double-xp" -> doubleXp(community, admin, Integer.parseInt(required(interaction, "hours")));
            case "timezone" -> timeZone(community, admin, required(interaction, "zone"));
            default -> show(community);
        };
    }

    private Uni<Reply> local(String community, Consumer<GuildSettings> change, String done) {
        if (!guilds.update(community, change)) {
            throw new UserFacingException("I don't know this server yet; try again in a minute.");
        }
        return done(done);
    }

    /** Adds the id to a no-XP list, or takes it off if it was there. */
    private Uni<Reply> toggle(String community, String admin, String list, String id, String shown) {
        boolean[] nowQuiet = {false};
        return editSettings(community, admin, settings -> {
            ArrayNode ids = settings.withArray(list);
            int index = indexOf(ids, id);
            if (index >= 0) {
                ids.remove(index);
            } else {
                ids.add(id);
                nowQuiet[0] = true;
            }
        }).flatMap(ignored -> done(shown + (nowQuiet[0] ? " no longer earns XP." : " earns XP again.")));
    }

    private Uni<Reply> roleBoost(String community, String admin, String role, String factorText) {
        BigDecimal factor;
        try {
            factor = new BigDecimal(factorText);
        } catch (NumberFormatException e) {
            throw new UserFacingException("The factor must be a number such as 1.5.");
        }
        if (factor.compareTo(BigDecimal.ONE) <= 0 || factor.compareTo(BigDecimal.TEN) > 0) {
            throw new UserFacingException("The factor must be above 1 and at most 10.");
        }
        return points.addMultiplier(community, admin, new PointsClient.Multiplier("Role boost", factor, role, null,
                        null))
                .flatMap(ignored -> done(Format.role(role) + " earns ×" + factor.stripTrailingZeros().toPlainString()
                        + " XP."));
    }

    private Uni<Reply> levelRole(String community, String admin, int level, String role) {
        return editSettings(community, admin, settings -> {
            ArrayNode rewards = settings.withArray("levelRoleRewards");
            for (int i = rewards.size() - 1; i >= 0; i--) {
                if (rewards.get(i).path("level").asInt() == level) {
                    rewards.remove(i);
                }
            }
            rewards.addObject().put("level", level).put("roleId", role);
        }).flatMap(ignored -> done("Reaching level " + level + " now gives " + Format.role(role) + "."));
    }

    private Uni<Reply> action(String community, String admin, Interaction interaction) {
        String action = required(interaction, "action");
        int amount = Integer.parseInt(required(interaction, "points"));
        Long cooldown = interaction.option("cooldown").map(Long::parseLong).orElse(null);
        return points.putAction(community, action, admin,
                        new PointsClient.ActionRule(amount, amount, cooldown, null, true))
                .flatMap(ignored -> done("`" + action + "` is worth " + Format.number(amount) + " points"
                        + (cooldown == null ? "." : ", at most once every " + cooldown + " s.")));
    }

    private Uni<Reply> doubleXp(String community, String admin, int hours) {
        Instant now = Instant.now();
        Instant end = now.plus(Duration.ofHours(hours));
        return points.addMultiplier(community, admin, new PointsClient.Multiplier("Double XP", BigDecimal.valueOf(2),
                        null, now, end))
                .flatMap(ignored -> done("⚡ Double XP until <t:" + end.getEpochSecond() + ":f>."));
    }

    private Uni<Reply> timeZone(String community, String admin, String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UserFacingException("`" + zone + "` is not a time zone I know; use one like Europe/Berlin.");
        }
        return points.community(community)
                .flatMap(current -> points.createCommunity(community, admin,
                        new PointsClient.CommunityRequest(current.name(), zone)))
                .flatMap(ignored -> done("Days, streaks and boards now follow " + zone + "."));
    }

    private Uni<Reply> show(String community) {
        GuildSettings guild = guilds.find(community).orElseThrow(
                () -> new UserFacingException("I don't know this server yet; try again in a minute."));
        return points.rules(community).map(rules -> {
            Embed settings = Embed.of("⚙️ Settings", "Time zone: " + rules.path("timeZone").asText())
                    .field("Announcements", guild.announcementChannelId == null ? "off"
                            : Format.channel(guild.announcementChannelId), true)
                    .field("Admin role", guild.adminRoleId == null ? "—" : Format.role(guild.adminRoleId), true)
                    .field("Streak reminders", guild.streakReminders ? "on" : "off", true)
                    .field("No-XP channels", joinedIds(rules.path("noXpChannels"), Format::channel), false)
                    .field("No-XP roles", joinedIds(rules.path("noXpRoles"), Format::role), false)
                    .field("Level roles", joined(rules.path("levelRoleRewards"),
                            reward -> "level " + reward.path("level").asInt() + " → "
                                    + Format.role(reward.path("roleId").asText())), false);
            StringBuilder actions = new StringBuilder();
            rules.path("actions").forEach(rule -> actions.append('`').append(rule.path("action").asText())
                    .append("` ").append(rule.path("minPoints").asInt()).append(rule.path("maxPoints").asInt()
                            != rule.path("minPoints").asInt() ? "–" + rule.path("maxPoints").asInt() : "")
                    .append('\n'));
            return Reply.of(settings.field("Actions (points)", actions.length() == 0 ? "—" : actions.toString(),
                    false)).privately();
        });
    }

    /** points-service replaces settings as a whole: read them, change one thing, write them back. */
    private Uni<JsonNode> editSettings(String community, String admin, Consumer<ObjectNode> change) {
        return points.rules(community).flatMap(rules -> {
            ObjectNode settings = rules.objectNode();
            for (String field : new String[] {"levelCurve", "streakGraceDays", "noXpChannels", "noXpRoles",
                    "levelRoleRewards", "segments"}) {
                settings.set(field, rules.get(field));
            }
            change.accept(settings);
            return points.replaceSettings(community, admin, settings);
        });
    }

    private Uni<Reply> done(String message) {
        return Uni.createFrom().item(Reply.of(Embed.of("Saved", message).color(Embed.GREEN)).privately());
    }

    private static String required(Interaction interaction, String option) {
        return interaction.option(option).orElseThrow(() -> new UserFacingException("`" + option + "` is needed."));
    }

    private static int indexOf(ArrayNode values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).asText().equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static String joined(JsonNode values, Function<JsonNode, String> show) {
        String text = StreamSupport.stream(values.spliterator(), false).map(show)
                .reduce((a, b) -> a + ", " + b).orElse("");
        return text.isEmpty() ? "—" : text;
    }

    private static String joinedIds(JsonNode values, UnaryOperator<String> show) {
        return joined(values, value -> show.apply(value.asText()));
    }
}
