package dev.engagehub.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/** Discord API v10 objects, shaped as Discord sends them (only what a bot's models need). */
public final class FakeDiscordPayloads {
    private FakeDiscordPayloads() {
    }

    static ObjectNode op(int op, JsonNode data) {
        ObjectNode payload = FakeDiscord.json().createObjectNode().put("op", op);
        payload.putNull("s");
        payload.putNull("t");
        payload.set("d", data);
        return payload;
    }

    public static ObjectNode user(String id, String name, boolean bot) {
        ObjectNode user = object().put("id", id).put("username", name).put("discriminator", "0")
                .put("global_name", name).put("public_flags", 0);
        user.putNull("avatar");
        if (bot) {
            user.put("bot", true);
        }
        return user;
    }

    public static ObjectNode member(String userId, String name, String... roleIds) {
        ObjectNode member = object().put("joined_at", "2026-01-01T00:00:00.000000+00:00").put("deaf", false)
                .put("mute", false).put("flags", 0).put("pending", false);
        member.set("user", user(userId, name, false));
        ArrayNode roles = member.putArray("roles");
        for (String role : roleIds) {
            roles.add(role);
        }
        member.putNull("nick");
        member.putNull("avatar");
        member.putNull("premium_since");
        member.putNull("communication_disabled_until");
        return member;
    }

    static ObjectNode ready(String gatewayUrl, Collection<String> guildIds) {
        ObjectNode ready = object().put("v", 10).put("session_id", "fake-session")
                .put("resume_gateway_url", gatewayUrl);
        ready.set("user", user(FakeDiscord.BOT_ID, "EngageHub", true));
        ready.putArray("private_channels");
        ArrayNode guilds = ready.putArray("guilds");
        guildIds.forEach(id -> guilds.add(object().put("id", id).put("unavailable", true)));
        ready.putArray("shard").add(0).add(1);
        ready.set("application", object().put("id", FakeDiscord.APPLICATION_ID).put("flags", 0));
        ready.putArray("_trace").add("fake-discord");
        return ready;
    }

    static ObjectNode guild(String id, String name) {
        ObjectNode guild = object().put("id", id).put("name", name).put("owner_id", "800000000000000001")
                .put("afk_timeout", 300).put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("premium_tier", 0)
                .put("preferred_locale", "en-US").put("nsfw_level", 0).put("premium_progress_bar_enabled", false)
                .put("joined_at", "2026-01-01T00:00:00.000000+00:00").put("large", false).put("member_count", 2)
                .put("system_channel_flags", 0);
        for (String absent : new String[] {"icon", "splash", "discovery_splash", "afk_channel_id", "application_id",
                "system_channel_id", "rules_channel_id", "vanity_url_code", "description", "banner",
                "public_updates_channel_id", "safety_alerts_channel_id"}) {
            guild.putNull(absent);
        }
        guild.putArray("features");
        ArrayNode roles = guild.putArray("roles");
        roles.add(role(id, "@everyone", 0));
        guild.putArray("emojis");
        guild.putArray("stickers");
        guild.putArray("voice_states");
        guild.putArray("members");
        ArrayNode channels = guild.putArray("channels");
        channels.add(object().put("id", generalChannel(id)).put("type", 0).put("name", "general").put("position", 0));
        guild.putArray("threads");
        guild.putArray("presences");
        guild.putArray("stage_instances");
        guild.putArray("guild_scheduled_events");
        return guild;
    }

    /** The text channel every fake guild has. */
    public static String generalChannel(String guildId) {
        return guildId.substring(0, guildId.length() - 1) + "9";
    }

    static ObjectNode role(String id, String name, int position) {
        ObjectNode role = object().put("id", id).put("name", name).put("color", 0).put("hoist", false)
                .put("position", position).put("permissions", "0").put("managed", false).put("mentionable", false)
                .put("flags", 0);
        ObjectNode colors = role.putObject("colors").put("primary_color", 0);
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        role.putNull("icon");
        role.putNull("unicode_emoji");
        return role;
    }

    /** A member's message in a guild channel (MESSAGE_CREATE). */
    public static ObjectNode message(String id, String guildId, String channelId, ObjectNode member, String content) {
        ObjectNode message = object().put("id", id).put("channel_id", channelId).put("guild_id", guildId)
                .put("content", content).put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("type", 0);
        message.putNull("edited_timestamp");
        message.set("author", member.get("user").deepCopy());
        ObjectNode partialMember = member.deepCopy();
        partialMember.remove("user");
        message.set("member", partialMember);
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("embeds");
        return message;
    }

    public static final int PING = 1;
    public static final int COMMAND = 2;
    public static final int BUTTON = 3;
    public static final int AUTOCOMPLETE = 4;
    public static final int MODAL_SUBMIT = 5;

    /** Discord's permission bits a server manager has (Manage Server); members get none of the admin ones. */
    public static final String MANAGER_PERMISSIONS = String.valueOf(1L << 5);
    public static final String MEMBER_PERMISSIONS = "0";

    /** An interaction from a guild member; {@code data} is the command, button or modal part. */
    public static ObjectNode interaction(String id, int type, String guildId, ObjectNode member, String permissions,
                                         ObjectNode data) {
        ObjectNode interaction = object().put("id", id).put("application_id", FakeDiscord.APPLICATION_ID)
                .put("type", type).put("token", "token-" + id).put("version", 1).put("locale", "en-US");
        if (guildId != null) {
            interaction.put("guild_id", guildId).put("channel_id", generalChannel(guildId))
                    .put("guild_locale", "en-US");
            ObjectNode withPermissions = member.deepCopy().put("permissions", permissions);
            interaction.set("member", withPermissions);
        } else {
            interaction.set("user", member.get("user").deepCopy());
        }
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners");
        if (data != null) {
            interaction.set("data", data);
        }
        return interaction;
    }

    /** A slash command's data; options as name/value pairs (values typed as Discord types them). */
    public static ObjectNode command(String name, Object... nameValuePairs) {
        ObjectNode data = object().put("id", "1").put("name", name).put("type", 1);
        ArrayNode options = data.putArray("options");
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            ObjectNode option = options.addObject().put("name", (String) nameValuePairs[i]);
            Object value = nameValuePairs[i + 1];
            if (value instanceof Integer || value instanceof Long) {
                option.put("type", 4).put("value", ((Number) value).longValue());
            } else if (value instanceof Boolean flag) {
                option.put("type", 5).put("value", flag);
            } else {
                option.put("type", 3).put("value", String.valueOf(value));
            }
        }
        return data;
    }

    /** A slash command with a subcommand ({@code /config action …}). */
    public static ObjectNode subcommand(String name, String subcommand, Object... nameValuePairs) {
        ObjectNode inner = command(subcommand, nameValuePairs);
        ObjectNode data = object().put("id", "1").put("name", name).put("type", 1);
        ObjectNode sub = data.putArray("options").addObject().put("name", subcommand).put("type", 1);
        sub.set("options", inner.get("options"));
        return data;
    }

    /** A command being typed: {@code option} is focused and holds what has been typed so far. */
    public static ObjectNode typing(String name, String option, String typed) {
        ObjectNode data = command(name, option, typed);
        ((ObjectNode) data.get("options").get(0)).put("focused", true);
        return data;
    }

    public static ObjectNode button(String customId) {
        return object().put("custom_id", customId).put("component_type", 2);
    }

    /** A submitted modal: one action row with one text input per value. */
    public static ObjectNode modal(String customId, String... idValuePairs) {
        ObjectNode data = object().put("custom_id", customId);
        ArrayNode rows = data.putArray("components");
        for (int i = 0; i < idValuePairs.length; i += 2) {
            rows.addObject().put("type", 1).putArray("components").addObject().put("type", 4)
                    .put("custom_id", idValuePairs[i]).put("value", idValuePairs[i + 1]);
        }
        return data;
    }

    public static ObjectNode object() {
        return FakeDiscord.json().createObjectNode();
    }
}
