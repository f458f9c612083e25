package dev.engagehub.bot.interaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engagehub.kit.rest.ProblemException;
import discord4j.common.JacksonResources;
import discord4j.discordjson.json.InteractionData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Discord's second way in: interactions POSTed to us (set as the application's Interactions Endpoint URL).
 * Signed requests only; answered with the same router as the Gateway, the first response in the HTTP reply.
 */
@Path("/discord/interactions")
public class InteractionsEndpoint {
    private static final ObjectMapper DISCORD_JSON = JacksonResources.create().getObjectMapper();

    private final InteractionSignatures signatures;
    private final InteractionRouter router;

    InteractionsEndpoint(InteractionSignatures signatures, InteractionRouter router) {
        this.signatures = signatures;
        this.router = router;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Discord interactions, verified by their Ed25519 signature")
    public Uni<String> interact(@HeaderParam("X-Signature-Ed25519") String signature,
                                @HeaderParam("X-Signature-Timestamp") String timestamp, byte[] body) {
        switch (signatures.verify(signature, timestamp, body, Instant.now())) {
            case NOT_CONFIGURED -> throw new ProblemException(503, "interactions-not-configured",
                    "Interactions endpoint not configured", "Set ENGAGEHUB_DISCORD_PUBLIC_KEY to accept interactions.");
            case BAD_SIGNATURE -> throw new ProblemException(401, "invalid-signature", "Invalid request signature",
                    "X-Signature-Ed25519 does not sign X-Signature-Timestamp and the body with this application's key.");
            case STALE -> throw new ProblemException(401, "stale-timestamp", "Stale request",
                    "X-Signature-Timestamp is more than five minutes away from now.");
            default -> {
                // Signed and fresh: go on.
            }
        }
        Interaction interaction = new Interaction(parse(body));
        if (interaction.kind() != Interaction.Kind.PING && router.seenBefore(interaction)) {
            throw new ProblemException(409, "interaction-replayed", "Interaction already handled",
                    "Interaction " + interaction.id() + " was answered before.");
        }
        return Uni.createFrom().completionStage(() -> router.route(interaction).map(InteractionsEndpoint::write)
                .toFuture());
    }

    private static InteractionData parse(byte[] body) {
        try {
            return DISCORD_JSON.readValue(body, InteractionData.class);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("malformed-interaction",
                    "The body is not a Discord interaction: " + firstLine(e.getMessage()));
        }
    }

    private static String write(Object response) {
        try {
            return DISCORD_JSON.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an interaction response", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
