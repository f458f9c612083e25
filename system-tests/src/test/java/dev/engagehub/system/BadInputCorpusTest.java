package dev.engagehub.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.Topics;
import dev.engagehub.system.support.Community;
import dev.engagehub.system.support.Platform;
import dev.engagehub.system.support.WebhookSigner;
import dev.engagehub.testkit.KafkaTestClient;
import dev.engagehub.testkit.discord.FakeDiscord;
import dev.engagehub.testkit.discord.FakeDiscordPayloads;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checked-in corpus of hostile input ({@code src/test/resources/bad-input}) against the running platform:
 * API JSON, partner webhooks, Discord interactions posted to the bot and raw records on the activity topic. Each case gets its documented refusal
 * (a problem+json status, or a dead-letter record with the reason), the platform keeps serving, and the one
 * member every case aims at ends with exactly the points they had.
 */
class BadInputCorpusTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CONTROL = "carol";
    private static final long CONTROL_POINTS = 100;

    private static Platform platform;
    private static Community community;
    private static EventEnvelope<ActivityRecorded> controlEvent;

    @BeforeAll
    static void aCommunityWithOneMemberHoldingKnownPoints() {
        platform = Platform.shared();
        community = Community.create(platform, "corpus", "Corpus");
        community.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Sticker", "kind", "DIGITAL_PERK",
                "cost", 1_000_000, "visible", true)).put("/api/v1/communities/{c}/rewards/sticker", community.id())
                .then().statusCode(201);
        controlEvent = EventEnvelope.of(community.id(), CONTROL, "corpus", ActivityRecorded.of("event_attended"));
        try (KafkaTestClient kafka = new KafkaTestClient(platform.bootstrap())) {
            kafka.publish(controlEvent);
        }
        await().atMost(WAIT).until(() -> community.balanceOf(CONTROL) == CONTROL_POINTS);
    }

    @Test
    void shouldRefuseEveryApiCaseWithItsProblemAndChangeNothing() {
        List<String> failures = new ArrayList<>();
        for (JsonNode testCase : corpus("api.json")) {
            RequestSpecification request = requestAs(testCase.path("as").asText("admin"));
            if (!testCase.path("noIdempotencyKey").asBoolean(false)) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            if (testCase.has("body")) {
                request.contentType(ContentType.JSON).body(body(testCase.get("body")));
            }
            Response response = request.urlEncodingEnabled(false).request(testCase.path("method").asText(),
                    fill(testCase.path("path").asText()));
            check(testCase, response, failures);
        }
        assertThat(failures).isEmpty();
        assertUnharmed();
    }

    @Test
    void shouldRefuseEveryWebhookCaseWithItsProblemAndChangeNothing() throws Exception {
        JsonNode partner = community.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Corpus partner", "provider", "generic"))
                .post("/api/v1/communities/{c}/partners", community.id()).then().statusCode(201).extract()
                .as(JsonNode.class);
        List<String> failures = new ArrayList<>();
        for (JsonNode testCase : corpus("webhooks.json")) {
            String body = body(testCase.get("body"));
            long timestamp = Instant.now().getEpochSecond()
                    - (testCase.path("signature").asText().equals("stale") ? 3600 : 0);
            RequestSpecification request = given().baseUri(platform.gateway()).contentType(ContentType.JSON)
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .header("X-EngageHub-Timestamp", String.valueOf(timestamp));
            switch (testCase.path("signature").asText()) {
                case "none" -> { }
                case "wrong" -> request.header("X-EngageHub-Signature", "v1=" + "0".repeat(64));
                default -> request.header("X-EngageHub-Signature",
                        WebhookSigner.signature(partner.path("secret").asText(), timestamp, body));
            }
            check(testCase, request.post(partner.path("webhookPath").asText()), failures);
        }
        assertThat(failures).isEmpty();
        assertUnharmed();
    }

    @Test
    void shouldParkEveryHostileRecordWithItsReasonAndChangeNothing() {
        try (KafkaTestClient kafka = new KafkaTestClient(platform.bootstrap())) {
            String key = community.id() + ":" + CONTROL;
            List<JsonNode> parked = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (JsonNode testCase : corpus("events.json")) {
                if (testCase.path("replayOfControl").asBoolean(false)) {
                    kafka.publish(controlEvent);
                    continue;
                }
                String value = testCase.has("event") ? eventOf(testCase.get("event"))
                        : fill(testCase.path("value").asText());
                kafka.publishRaw(Topics.ACTIVITY.name(), key, value);
                parked.add(testCase);
                values.add(value);
            }
            for (int i = 0; i < parked.size(); i++) {
                String value = values.get(i);
                ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.ACTIVITY.deadLetterTopic(),
                        record -> value.equals(record.value()), WAIT);
                assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).as(parked.get(i).path("name").asText())
                        .contains(parked.get(i).path("reason").asText());
            }
            kafka.awaitConsumed("points-service", Topics.ACTIVITY.name(), WAIT);
        }
        assertUnharmed();
    }

    @Test
    void shouldAnswerEveryDiscordCaseWithItsRefusalAndChangeNothing() {
        FakeDiscord discord = platform.discord();
        String guild = discord.nextId();
        discord.addGuild(guild, "Corpus guild");
        discord.awaitCall("PUT", "/applications/\\d+/guilds/" + guild + "/commands", WAIT);
        Map<String, ObjectNode> people = Map.of("member", FakeDiscordPayloads.member(discord.nextId(), "Cory"),
                "manager", FakeDiscordPayloads.member(discord.nextId(), "Mona"));
        String memberId = people.get("member").path("user").path("id").asText();
        String endpoint = platform.service("bot-gateway").baseUri() + "/discord/interactions";
        List<String> failures = new ArrayList<>();
        String previous = "";
        for (JsonNode testCase : corpus("discord.json")) {
            String name = testCase.path("name").asText();
            String id = discord.nextId();
            String body = testCase.path("replayOfPrevious").asBoolean(false) ? previous
                    : testCase.has("body") ? testCase.get("body").asText()
                    : interaction(testCase, id, guild, people).toString().replace("{u}", memberId);
            previous = body;
            long timestamp = Instant.now().getEpochSecond()
                    - (testCase.path("signature").asText().equals("stale") ? 3600 : 0);
            RequestSpecification request = given().contentType(ContentType.JSON)
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .header("X-Signature-Timestamp", String.valueOf(timestamp));
            switch (testCase.path("signature").asText()) {
                case "none" -> { }
                case "wrong" -> request.header("X-Signature-Ed25519",
                        platform.discordSigner().sign(String.valueOf(timestamp), body + " "));
                default -> request.header("X-Signature-Ed25519",
                        platform.discordSigner().sign(String.valueOf(timestamp), body));
            }
            Response response = request.post(endpoint);
            if (testCase.has("problem")) {
                check(testCase, response, failures);
                if (!response.asString().contains("problem:" + testCase.get("problem").asText())) {
                    failures.add(name + ": expected problem " + testCase.get("problem").asText() + ", got "
                            + abbreviate(response.asString()));
                }
                continue;
            }
            if (response.statusCode() != 200) {
                failures.add(name + ": expected an answer, got " + response.statusCode() + " "
                        + abbreviate(response.asString()));
                continue;
            }
            FakeDiscord.Answer answer = discord.answer(response.as(JsonNode.class), "token-" + id);
            if (!answer.ephemeral() || !answer.text().contains(testCase.path("says").asText())) {
                failures.add(name + ": expected a private answer saying '" + testCase.path("says").asText()
                        + "', got " + (answer.ephemeral() ? "" : "a public ") + abbreviate(answer.text()));
            }
        }
        assertThat(failures).isEmpty();
        RequestSpecification guildAdmin = given().baseUri(platform.gateway())
                .auth().oauth2(Platform.token("admin", guild, "mona"));
        assertThat(guildAdmin.get("/api/v1/communities/{c}/members/{m}/ledger", guild, memberId).then()
                .statusCode(200).extract().jsonPath().getList("$")).isEmpty();
        assertUnharmed();
    }

    /** An interaction from the case's member, manager or a DM, with its data (huge strings expanded). */
    private static ObjectNode interaction(JsonNode testCase, String id, String guild, Map<String, ObjectNode> people) {
        String as = testCase.path("as").asText();
        return FakeDiscordPayloads.interaction(id, testCase.path("type").asInt(), as.equals("dm") ? null : guild,
                people.getOrDefault(as, people.get("member")), as.equals("manager")
                        ? FakeDiscordPayloads.MANAGER_PERMISSIONS : FakeDiscordPayloads.MEMBER_PERMISSIONS,
                (ObjectNode) expand(testCase.get("data").deepCopy()));
    }

    /** The platform still serves, and the member every case aimed at has exactly the points they had. */
    private static void assertUnharmed() {
        assertThat(community.balanceOf(CONTROL)).isEqualTo(CONTROL_POINTS);
        assertThat(community.asAdmin().get("/api/v1/communities/{c}/members/{m}/ledger", community.id(), CONTROL)
                .then().statusCode(200).extract().jsonPath().getList("$")).hasSize(1);
    }

    private static void check(JsonNode testCase, Response response, List<String> failures) {
        String name = testCase.path("name").asText();
        int expected = testCase.path("status").asInt();
        if (response.statusCode() != expected) {
            failures.add(name + ": expected " + expected + ", got " + response.statusCode() + " "
                    + abbreviate(response.asString()));
        } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(name + ": " + expected + " without a problem+json body (" + response.contentType() + ")");
        }
    }

    private static RequestSpecification requestAs(String role) {
        RequestSpecification request = given().baseUri(platform.gateway());
        return switch (role) {
            case "nobody" -> request;
            case "member" -> request.auth().oauth2(Platform.token("member", community.id(), CONTROL));
            default -> request.auth().oauth2(community.adminToken());
        };
    }

    /** A body is either the exact text to send, or JSON in which {@code {"repeat", "times"}} makes huge strings. */
    private static String body(JsonNode body) {
        return body.isTextual() ? body.asText() : fill(expand(body.deepCopy()).toString());
    }

    private static JsonNode expand(JsonNode node) {
        if (node.isObject() && node.has("repeat") && node.has("times")) {
            return EventCodec.mapper().getNodeFactory().textNode(node.get("repeat").asText()
                    .repeat(node.get("times").asInt()));
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
            fields.forEachRemaining(all::add);
            all.forEach(field -> object.set(field.getKey(), expand(field.getValue())));
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, expand(array.get(i)));
            }
        }
        return node;
    }

    /** A well-formed activity event with some field gone wrong (community or action). */
    private static String eventOf(JsonNode spec) {
        return EventCodec.encode(EventEnvelope.of(spec.path("community").asText(community.id()), CONTROL, "corpus",
                ActivityRecorded.of(spec.path("action").asText())));
    }

    private static String fill(String text) {
        return text.replace("{c}", community.id()).replace("{m}", CONTROL);
    }

    private static List<JsonNode> corpus(String file) {
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad-input/" + file)) {
            List<JsonNode> cases = new ArrayList<>();
            EventCodec.mapper().readTree(in).forEach(cases::add);
            assertThat(cases).as(file).isNotEmpty();
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
