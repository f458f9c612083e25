package dev.engagehub.gateway.rest;

import static dev.engagehub.gateway.client.ServicePaths.id;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.gateway.security.Caller;
import dev.engagehub.gateway.security.Roles;
import dev.engagehub.gateway.webhook.ActivityIntake;
import dev.engagehub.gateway.webhook.KnownActions;
import dev.engagehub.kit.rest.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Activity reported through the API by a partner's or an admin's token, exactly once per Idempotency-Key. */
@Path("/api/v1/communities/{communityId}/activity")
@RolesAllowed({Roles.PARTNER, Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class ActivityApi {
    private final Caller caller;
    private final KnownActions actions;
    private final ActivityIntake intake;

    ActivityApi(Caller caller, KnownActions actions, ActivityIntake intake) {
        this.caller = caller;
        this.actions = actions;
        this.intake = intake;
    }

    public record ActivityBody(@NotBlank String memberId, @NotBlank String action, Long quantity, String reference,
                               Instant occurredAt) {
    }

    public record Accepted(String status, String eventId) {
    }

    @POST
    @Blocking
    @Operation(summary = "Report a member's activity (header Idempotency-Key: a repeat is accepted once)")
    public Response report(@PathParam("communityId") String c, @HeaderParam("Idempotency-Key") String key,
                           @Valid @NotNull ActivityBody body) {
        caller.requireCommunity(c);
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new ProblemException(400, "idempotency-key-required", "Idempotency-Key required",
                    "Send an Idempotency-Key header (up to 200 characters) so a retry is not counted twice.");
        }
        ActivityRecorded activity;
        try {
            activity = new ActivityRecorded(body.action(), body.quantity() == null ? 1 : body.quantity(), null,
                    List.of(), body.reference());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-activity", e.getMessage());
        }
        actions.require(c, activity.action());
        ActivityIntake.Outcome outcome = intake.accept("api:" + caller.id(), key, c, id("memberId", body.memberId()),
                activity, body.occurredAt() == null ? Instant.now() : body.occurredAt());
        return Response.status(outcome.duplicate() ? 200 : 202)
                .entity(new Accepted(outcome.duplicate() ? "duplicate" : "accepted", outcome.eventId().toString()))
                .build();
    }
}
