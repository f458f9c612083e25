package dev.engagehub.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.time.Instant;

/** The REST routes of the fake Discord; unknown routes answer 404 as Discord does, and every call is kept. */
final class FakeDiscordRest {
    private final FakeDiscord discord;

    FakeDiscordRest(FakeDiscord discord) {
        this.discord = discord;
    }

    void handle(HttpServerRequest request, Buffer body) {
        String path = request.path().replaceFirst("^/api/v10", "");
        JsonNode json = parse(body);
        discord.record(new FakeDiscord.Call(request.method().name(), path, json, Instant.now()));
        if (!("Bot " + FakeDiscord.TOKEN).equals(request.getHeader("Authorization"))
                && !path.startsWith("/interactions/") && !path.startsWith("/webhooks/")) {
            reply(request, 401, FakeDiscordPayloads.object().put("message", "401: Unauthorized").put("code", 0));
            return;
        }
        String method = request.method().name();
        if (method.equals("GET") && path.equals("/gateway/bot")) {
            ObjectNode gateway = FakeDiscordPayloads.object().put("url", discord.gatewayUrl()).put("shards", 1);
            gateway.set("session_start_limit", FakeDiscordPayloads.object().put("total", 1000).put("remaining", 1000)
                    .put("reset_after", 0).put("max_concurrency", 1));
            reply(request, 200, gateway);
        } else if (method.equals("GET") && path.equals("/gateway")) {
            reply(request, 200, FakeDiscordPayloads.object().put("url", discord.gatewayUrl()));
        } else if (method.equals("GET") && path.equals("/users/@me")) {
            reply(request, 200, FakeDiscordPayloads.user(FakeDiscord.BOT_ID, "EngageHub", true));
        } else if (method.equals("PUT") && path.matches("/applications/\\d+/guilds/\\d+/commands")) {
            ArrayNode commands = json.deepCopy();
            commands.forEach(command -> ((ObjectNode) command).put("id", discord.nextId())
                    .put("application_id", FakeDiscord.APPLICATION_ID).put("version", discord.nextId())
                    .put("type", command.path("type").asInt(1)));
            reply(request, 200, commands);
        } else if (method.equals("POST") && path.matches("/interactions/\\d+/[^/]+/callback")) {
            request.response().setStatusCode(204).end();
        } else if (path.matches("/webhooks/\\d+/[^/]+(/messages/@original)?")) {
            reply(request, 200, message(FakeDiscordPayloads.generalChannel("100000000000000000"), json));
        } else if (method.equals("PUT") && path.matches("/guilds/\\d+/members/\\d+/roles/\\d+")) {
            request.response().setStatusCode(204).end();
        } else if (method.equals("POST") && path.equals("/users/@me/channels")) {
            ObjectNode channel = FakeDiscordPayloads.object().put("id",
                    directChannelOf(json.path("recipient_id").asText())).put("type", 1);
            channel.putArray("recipients").add(FakeDiscordPayloads.user(json.path("recipient_id").asText(),
                    "member", false));
            reply(request, 200, channel);
        } else if (method.equals("POST") && path.matches("/channels/\\d+/messages")) {
            reply(request, 200, message(path.split("/")[2], json));
        } else {
            reply(request, 404, FakeDiscordPayloads.object().put("message", "404: Not Found").put("code", 0));
        }
    }

    private ObjectNode message(String channelId, JsonNode request) {
        ObjectNode message = FakeDiscordPayloads.object().put("id", discord.nextId()).put("channel_id", channelId)
                .put("content", request.path("content").asText("")).put("timestamp", Instant.now().toString())
                .put("tts", false).put("mention_everyone", false).put("pinned", false).put("type", 0);
        message.putNull("edited_timestamp");
        message.set("author", FakeDiscordPayloads.user(FakeDiscord.BOT_ID, "EngageHub", true));
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.set("embeds", request.has("embeds") ? request.get("embeds") : FakeDiscord.json().createArrayNode());
        return message;
    }

    private static JsonNode parse(Buffer body) {
        if (body == null || body.length() == 0) {
            return FakeDiscord.json().nullNode();
        }
        try {
            return FakeDiscord.json().readTree(body.getBytes());
        } catch (IOException e) {
            return FakeDiscord.json().getNodeFactory().textNode(body.toString());
        }
    }

    private static void reply(HttpServerRequest request, int status, JsonNode body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(body.toString());
    }

    /** The id of the DM channel with {@code userId}: derived from the user's, so tests can find it. */
    static String directChannelOf(String userId) {
        return "7" + userId.substring(1);
    }
}
