package dev.engagehub.bot.discord;

import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.bot.interaction.ReplyRenderer;
import discord4j.discordjson.json.ApplicationCommandRequest;
import discord4j.discordjson.json.DMCreateRequest;
import discord4j.discordjson.json.ImmutableMessageCreateRequest;
import discord4j.discordjson.json.InteractionResponseData;
import discord4j.discordjson.json.MessageCreateRequest;
import discord4j.rest.util.MultipartRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Everything the bot does to Discord over REST, through Discord4J (which keeps to Discord's rate limits).
 * Messages sent on behalf of an event carry a nonce derived from the event id with {@code enforce_nonce},
 * so Discord itself drops the duplicate when a redelivered event sends the same message again.
 */
@ApplicationScoped
public class DiscordApi {
    private final DiscordClients clients;
    private final ReplyRenderer renderer;

    public DiscordApi(DiscordClients clients, ReplyRenderer renderer) {
        this.clients = clients;
        this.renderer = renderer;
    }

    public Mono<Void> respond(long interactionId, String token, InteractionResponseData response) {
        return clients.require().getInteractionService().createInteractionResponse(interactionId, token, response);
    }

    /** Replaces a deferred or earlier reply (the original interaction response). */
    public Mono<Void> editOriginal(long applicationId, String token, Reply reply) {
        return clients.require().getWebhookService()
                .modifyWebhookMessage(applicationId, token, "@original", renderer.edit(reply)).then();
    }

    public Mono<Void> registerCommands(long applicationId, long guildId, List<ApplicationCommandRequest> commands) {
        return clients.require().getApplicationService()
                .bulkOverwriteGuildApplicationCommand(applicationId, guildId, commands).then();
    }

    public Mono<Void> grantRole(String guildId, String userId, String roleId, String reason) {
        return clients.require().getGuildService()
                .addGuildMemberRole(Long.parseLong(guildId), Long.parseLong(userId), Long.parseLong(roleId), reason);
    }

    public Mono<Void> removeRole(String guildId, String userId, String roleId, String reason) {
        return clients.require().getGuildService()
                .removeGuildMemberRole(Long.parseLong(guildId), Long.parseLong(userId), Long.parseLong(roleId), reason);
    }

    public Mono<Void> sendToChannel(String channelId, Reply message, UUID eventId) {
        return clients.require().getChannelService()
                .createMessage(Long.parseLong(channelId), MultipartRequest.ofRequest(create(message, eventId)))
                .then();
    }

    public Mono<Void> sendDirect(String userId, Reply message, UUID eventId) {
        return clients.require().getUserService().createDM(DMCreateRequest.builder().recipientId(userId).build())
                .flatMap(channel -> clients.require().getChannelService().createMessage(channel.id().asLong(),
                        MultipartRequest.ofRequest(create(message, eventId))))
                .then();
    }

    private MessageCreateRequest create(Reply message, UUID eventId) {
        ImmutableMessageCreateRequest.Builder request = renderer.message(message);
        if (eventId != null) {
            // Discord keeps nonces for a few minutes and answers a repeat with the first message.
            request.nonce(eventId.toString().replace("-", "").substring(0, 25)).enforceNonce(true);
        }
        return request.build();
    }
}
