package dev.engagehub.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.zip.Deflater;

/**
 * A local Discord for tests: the REST API routes the bot uses and a Gateway websocket speaking protocol
 * version 10 with JSON encoding and {@code zlib-stream} compression, as Discord4J asks for. Tests add guilds,
 * push dispatches (messages, interactions) and read every REST call the bot made.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String BOT_ID = "900000000000000001";
    /** Shaped like a real bot token: the bot's id in base64, a timestamp part and an HMAC part. */
    public static final String TOKEN = java.util.Base64.getEncoder().withoutPadding()
            .encodeToString(BOT_ID.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".FakeTs.fake-hmac-for-tests-only";
    public static final String APPLICATION_ID = "900000000000000002";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HEARTBEAT_MILLIS = 1_000;
    private static final byte[] SYNC_FLUSH_SUFFIX = {0, 0, (byte) 0xff, (byte) 0xff};

    /** A REST call the bot made. */
    public record Call(String method, String path, JsonNode body, Instant at) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> guilds = new ConcurrentHashMap<>();
    private final List<String> connectQueries = new CopyOnWriteArrayList<>();
    private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    private final AtomicLong heartbeats = new AtomicLong();
    /**
     * Snowflakes as Discord makes them (milliseconds since 2015 in the high bits), so they are unique across runs
     * too; all end in 0, so none is ever a guild's channel id (which ends in 9).
     */
    private final AtomicLong ids = new AtomicLong(((System.currentTimeMillis() - 1_420_070_400_000L) << 22) / 10 * 10);
    private final HttpServer server;
    private final FakeDiscordRest rest;

    public FakeDiscord() {
        rest = new FakeDiscordRest(this);
        server = vertx.createHttpServer()
                .webSocketHandler(this::openSession)
                .requestHandler(this::handleRest);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake Discord did not start", e);
        }
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.actualPort() + "/api/v10";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + server.actualPort();
    }

    public String nextId() {
        return String.valueOf(ids.addAndGet(10));
    }

    /** A guild the bot is in: it arrives in READY and as GUILD_CREATE, or at once when already connected. */
    public void addGuild(String guildId, String name) {
        ObjectNode guild = FakeDiscordPayloads.guild(guildId, name);
        guilds.put(guildId, guild);
        sessions.stream().filter(Session::ready).forEach(session -> session.dispatch("GUILD_CREATE", guild));
    }

    /** Sends a dispatch (op 0) to every identified session. */
    public void dispatch(String type, JsonNode data) {
        sessions.stream().filter(Session::ready).forEach(session -> session.dispatch(type, data));
    }

    public boolean connected() {
        return sessions.stream().anyMatch(Session::ready);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The DMs the bot sent {@code userId} so far: the bodies of messages posted into their DM channel. */
    public List<String> directMessagesTo(String userId) {
        String channel = FakeDiscordRest.directChannelOf(userId);
        boolean opened = calls.stream().anyMatch(call -> call.method().equals("POST")
                && call.path().equals("/users/@me/channels") && call.body().path("recipient_id").asText().equals(userId));
        return !opened ? List.of() : calls.stream().filter(call -> call.method().equals("POST")
                && call.path().equals("/channels/" + channel + "/messages")).map(call -> call.body().toString()).toList();
    }

    /** Waits for the first REST call matching; fails after {@code timeout}. */
    public Call awaitCall(String method, String pathRegex, Duration timeout) {
        return awaitCall(call -> call.method().equals(method) && call.path().matches(pathRegex), timeout,
                method + " " + pathRegex);
    }

    public Call awaitCall(Predicate<Call> match, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Call call : calls) {
                if (match.test(call)) {
                    return call;
                }
            }
            sleep(50);
        }
        throw new AssertionError("no " + what + " within " + timeout + "; calls: " + calls.stream()
                .map(call -> call.method() + " " + call.path()).toList());
    }

    /**
     * Sends an interaction through the Gateway and waits for the bot's answer: the callback, and after a
     * deferral ("thinking…") the edit that replaced it.
     */
    public Answer interact(ObjectNode interaction) {
        String id = interaction.get("id").asText();
        String token = interaction.get("token").asText();
        dispatch("INTERACTION_CREATE", interaction);
        Call callback = awaitCall("POST", "/interactions/" + id + "/" + token + "/callback", Duration.ofSeconds(10));
        return answer(callback.body(), token);
    }

    /**
     * The answer an interaction response leads to (the Gateway callback, or the reply to an HTTP interaction):
     * the response itself, or after a deferral ("thinking…") the edit that replaced it.
     */
    public Answer answer(JsonNode response, String token) {
        int type = response.path("type").asInt();
        if (type == 5 || type == 6) {
            Call edit = awaitCall("PATCH", "/webhooks/\\d+/" + token + "/messages/@original", Duration.ofSeconds(20));
            return new Answer(type, response.path("data"), edit.body());
        }
        return new Answer(type, response.path("data"), response.path("data"));
    }

    /**
     * What the bot answered to an interaction.
     *
     * @param type     the callback type (4 message, 5/6 deferred, 7 update, 9 modal)
     * @param callback the callback's data
     * @param message  the message finally shown (the callback's, or the edit after a deferral)
     */
    public record Answer(int type, JsonNode callback, JsonNode message) {
        public boolean ephemeral() {
            return (callback.path("flags").asInt() & 64) != 0;
        }

        /** Everything readable in the message: content, embed titles, descriptions, fields and footers. */
        public String text() {
            StringBuilder text = new StringBuilder(message.path("content").asText(""));
            message.path("embeds").forEach(embed -> {
                text.append('\n').append(embed.path("title").asText("")).append('\n')
                        .append(embed.path("description").asText(""));
                embed.path("fields").forEach(field -> text.append('\n').append(field.path("name").asText())
                        .append(": ").append(field.path("value").asText()));
                text.append('\n').append(embed.path("footer").path("text").asText(""));
            });
            return text.toString();
        }

        /** The custom ids of the buttons on the message, in order. */
        public List<String> buttons() {
            List<String> ids = new java.util.ArrayList<>();
            message.path("components").forEach(row -> row.path("components")
                    .forEach(button -> ids.add(button.path("custom_id").asText())));
            return ids;
        }
    }

    Map<String, ObjectNode> guilds() {
        return guilds;
    }

    void record(Call call) {
        calls.add(call);
    }

    static ObjectMapper json() {
        return JSON;
    }

    private void handleRest(HttpServerRequest request) {
        request.body().onSuccess(body -> rest.handle(request, body));
    }

    /** The query strings the bot connected to the Gateway with (version, encoding, compression). */
    public List<String> connectQueries() {
        return List.copyOf(connectQueries);
    }

    /** Heartbeats (op 1) received and acknowledged. */
    public long heartbeats() {
        return heartbeats.get();
    }

    /** Drops every Gateway connection as Discord does now and then (close code 4000, "reconnect"). */
    public void dropConnections() {
        sessions.forEach(session -> session.socket.close((short) 4000, "Unknown error."));
    }

    /** Every IDENTIFY payload received. */
    public List<JsonNode> identifies() {
        return List.copyOf(identifies);
    }

    private void openSession(ServerWebSocket socket) {
        connectQueries.add(socket.query() == null ? "" : socket.query());
        Session session = new Session(socket);
        sessions.add(session);
        socket.closeHandler(ignored -> sessions.remove(session));
        socket.textMessageHandler(session::receive);
        // Discord asks for ~41 s; a short interval makes heartbeats happen within a test.
        session.send(FakeDiscordPayloads.op(10, JSON.createObjectNode().put("heartbeat_interval", HEARTBEAT_MILLIS)));
    }

    @Override
    public void close() {
        sessions.forEach(session -> session.socket.close());
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One Gateway connection: HELLO sent, then IDENTIFY → READY + GUILD_CREATEs, heartbeats acknowledged. */
    private final class Session {
        private final ServerWebSocket socket;
        private final Deflater deflater = new Deflater();
        private final AtomicLong sequence = new AtomicLong();
        private volatile boolean ready;

        Session(ServerWebSocket socket) {
            this.socket = socket;
        }

        boolean ready() {
            return ready;
        }

        void receive(String text) {
            JsonNode payload;
            try {
                payload = JSON.readTree(text);
            } catch (IOException e) {
                socket.close((short) 4002, "Error while decoding payload.");
                return;
            }
            switch (payload.path("op").asInt(-1)) {
                case 1 -> {
                    heartbeats.incrementAndGet();
                    send(FakeDiscordPayloads.op(11, null));
                }
                // RESUME: this fake keeps no session history, so it says "start over" as Discord may.
                case 6 -> send(FakeDiscordPayloads.op(9, JSON.getNodeFactory().booleanNode(false)));
                case 2 -> identify(payload.path("d"));
                default -> {
                    // Presence and voice updates and the like are accepted silently, as Discord does.
                }
            }
        }

        private void identify(JsonNode identify) {
            identifies.add(identify);
            if (!TOKEN.equals(identify.path("token").asText())) {
                socket.close((short) 4004, "Authentication failed.");
                return;
            }
            ready = true;
            dispatch("READY", FakeDiscordPayloads.ready(gatewayUrl(), guilds.keySet()));
            guilds.values().forEach(guild -> dispatch("GUILD_CREATE", guild));
        }

        synchronized void dispatch(String type, JsonNode data) {
            ObjectNode payload = JSON.createObjectNode().put("op", 0).put("s", sequence.incrementAndGet())
                    .put("t", type);
            payload.set("d", data);
            send(payload);
        }

        /** zlib-stream: one deflate stream per connection, each message ended by a sync flush. */
        synchronized void send(JsonNode payload) {
            try {
                deflater.setInput(JSON.writeValueAsBytes(payload));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Buffer out = Buffer.buffer();
            byte[] chunk = new byte[8192];
            int length;
            do {
                length = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
                out.appendBytes(chunk, 0, length);
            } while (length == chunk.length || !endsWithSuffix(out));
            socket.writeBinaryMessage(out);
        }

        private boolean endsWithSuffix(Buffer out) {
            int n = out.length();
            if (n < 4) {
                return false;
            }
            for (int i = 0; i < 4; i++) {
                if (out.getByte(n - 4 + i) != SYNC_FLUSH_SUFFIX[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
