package dev.engagehub.rewards.rest;

import dev.engagehub.kit.rest.Actors;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.Redemption;
import dev.engagehub.rewards.service.Redemptions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/communities/{communityId}/members/{memberId}/redemptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RedemptionResource {
    private final Redemptions redemptions;

    RedemptionResource(Redemptions redemptions) {
        this.redemptions = redemptions;
    }

    public record RedeemBody(@NotBlank String rewardKey) {
    }

    @POST
    @Operation(summary = "Redeem a reward: reserves a unit and asks points-service for the debit (202); "
            + "the Idempotency-Key header makes a retried request return the first redemption")
    public Response redeem(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull RedeemBody body) {
        Actors.identifier(communityId, "communityId");
        Actors.identifier(memberId, "memberId");
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ProblemException.badRequest("idempotency-key-required",
                    "send an Idempotency-Key header (1-200 characters) so a retried request redeems once");
        }
        Redemption redemption = redemptions.request(communityId, memberId, body.rewardKey(), idempotencyKey);
        return Response.status(202).entity(redemption).build();
    }

    @GET
    @Operation(summary = "The member's redemptions and where each stands, newest first")
    public List<Redemption> list(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId) {
        return redemptions.ofMember(communityId, memberId);
    }
}
