package dev.engagehub.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        role.putNull("icon");
        role.putNull("unicode_emoji");
        return role;
    }

    /** A member's message in a guild channel (MESSAGE_CREATE). */
    public static ObjectNode message(String id, String guildId, String channelId, ObjectNode member, String content) {
        ObjectNode message = object().put("id", id).put("channel_id", channelId).put("guild_id", guildId)
                .put("content", content).put("timestamp", "2026-11-25T10:00:00.000000+00:00").put("tts", false)
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

    public static ObjectNode object() {
        return FakeDiscord.json().createObjectNode();
    }
}
