package dev.engagehub.bot.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engagehub.bot.discord.DiscordApi;
import dev.engagehub.bot.discord.DiscordClients;
import dev.engagehub.bot.discord.DiscordSettings;
import dev.engagehub.testkit.discord.FakeDiscord;
import dev.engagehub.testkit.discord.FakeDiscordPayloads;
import discord4j.common.JacksonResources;
import discord4j.discordjson.json.ApplicationCommandRequest;
import discord4j.discordjson.json.InteractionData;
import discord4j.discordjson.json.InteractionResponseData;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 3-second rule, with the real Discord4J REST client against the fake Discord: a quick handler answers at
 * once; a slow one is deferred and its answer edits the deferral; a failing or hanging one still gets a clear
 * answer.
 */
class InteractionRouterTest {
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(4);
    private static FakeDiscord discord;
    private static InteractionRouter router;

    @BeforeAll
    static void start() {
        discord = new FakeDiscord();
        DiscordSettings settings = new DiscordSettings() {
            public Optional<String> token() {
                return Optional.of(FakeDiscord.TOKEN);
            }

            public Optional<String> publicKey() {
                return Optional.empty();
            }

            public String apiUrl() {
                return discord.apiUrl();
            }

            public Duration messageCooldown() {
                return Duration.ZERO;
            }

            public Duration handlerTimeout() {
                return HANDLER_TIMEOUT;
            }

            public Optional<Integer> shardCount() {
                return Optional.empty();
            }

            public Optional<Integer> shardIndex() {
                return Optional.empty();
            }
        };
        ReplyRenderer renderer = new ReplyRenderer();
        CommandCatalog catalog = new CommandCatalog(List.of(
                handler("quick", Uni.createFrom().item(Reply.text("right away"))),
                handler("slow", Uni.createFrom().item(Reply.text("worth the wait")).onItem()
                        .delayIt().by(Duration.ofMillis(2_800))),
                handler("broken", Uni.createFrom().failure(new IllegalStateException("bug"))),
                handler("hanging", Uni.createFrom().nothing())));
        router = new InteractionRouter(catalog, null, new DiscordApi(new DiscordClients(settings), renderer), renderer,
                new ProblemReplies(new ObjectMapper()), settings);
    }

    @AfterAll
    static void stop() {
        discord.close();
    }

    @Test
    void aQuickHandlerAnswersDirectly() {
        InteractionResponseData response = route("quick");
        assertThat(response.type()).isEqualTo(4);
        assertThat(response.data().get().content().get()).isEqualTo("right away");
        assertThat(response.data().get().flags().toOptional()).as("a public reply").isEmpty();
    }

    @Test
    void aSlowHandlerIsDeferredWithinTheWindowAndItsAnswerEditsTheDeferral() {
        long started = System.nanoTime();
        InteractionResponseData response = route("slow");
        // Discord drops an interaction not answered within 3 s; the deferral must be there by then.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_000));
        assertThat(response.type()).isEqualTo(5);
        assertThat(response.data().get().flags().toOptional()).contains(64);
        FakeDiscord.Call edit = discord.awaitCall("PATCH", "/webhooks/" + FakeDiscord.APPLICATION_ID
                + "/token-slow-\\d+/messages/@original", Duration.ofSeconds(10));
        assertThat(edit.body().path("content").asText()).isEqualTo("worth the wait");
    }

    @Test
    void aFailingHandlerGetsAnEphemeralApology() {
        InteractionResponseData response = route("broken");
        assertThat(response.type()).isEqualTo(4);
        assertThat(response.data().get().flags().toOptional()).contains(64);
        assertThat(response.data().get().embeds().get().get(0).description().get()).contains("went wrong on our side");
    }

    @Test
    void aHangingHandlerIsCutOffAndTheMemberTold() {
        assertThat(route("hanging").type()).isEqualTo(5);
        FakeDiscord.Call edit = discord.awaitCall("PATCH", "/webhooks/" + FakeDiscord.APPLICATION_ID
                + "/token-hanging-\\d+/messages/@original", HANDLER_TIMEOUT.plusSeconds(5));
        assertThat(edit.body().toString()).contains("took too long");
    }

    private static InteractionResponseData route(String command) {
        String id = discord.nextId();
        var payload = FakeDiscordPayloads.interaction(id, FakeDiscordPayloads.COMMAND, "100000000000000000",
                FakeDiscordPayloads.member("200000000000000000", "m"), FakeDiscordPayloads.MEMBER_PERMISSIONS,
                FakeDiscordPayloads.command(command)).put("token", "token-" + command + "-" + id);
        try {
            InteractionData data = JacksonResources.create().getObjectMapper().treeToValue(payload,
                    InteractionData.class);
            return router.route(new Interaction(data)).block(Duration.ofSeconds(5));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CommandHandler handler(String name, Uni<Reply> reply) {
        return new CommandHandler() {
            @Override
            public ApplicationCommandRequest definition() {
                return CommandDefinitions.slashCommand(name, "test");
            }

            @Override
            public Uni<Reply> command(Interaction interaction) {
                return reply;
            }
        };
    }
}
