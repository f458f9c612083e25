package dev.engagehub.rewards.rest;

import dev.engagehub.kit.rest.Actors;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.Redemption;
import dev.engagehub.rewards.domain.ShippingDetails;
import dev.engagehub.rewards.service.Offers;
import dev.engagehub.rewards.service.RedemptionStore;
import dev.engagehub.rewards.service.Redemptions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A member's side of rewards: what they can redeem, redeeming, and their redemptions. */
@Path("/api/v1/communities/{communityId}/members/{memberId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final Redemptions redemptions;
    private final RedemptionStore store;
    private final Offers offers;

    MemberResource(Redemptions redemptions, RedemptionStore store, Offers offers) {
        this.redemptions = redemptions;
        this.store = store;
        this.offers = offers;
    }

    /** @param roleIds the member's current roles, for rewards limited to a role */
    public record RedeemBody(@NotBlank String rewardKey, ShippingDetails shipping,
                             @Size(max = 250) List<String> roleIds) {
    }

    @POST
    @Path("/redemptions")
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
        Redemption redemption = redemptions.request(new Redemptions.Request(communityId, memberId, body.rewardKey(),
                idempotencyKey, body.shipping(), body.roleIds() == null ? List.of() : body.roleIds()));
        return Response.status(202).entity(redemption).build();
    }

    @GET
    @Path("/redemptions")
    @Operation(summary = "The member's redemptions and where each stands, newest first (at most 200)")
    public List<Redemption> list(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId) {
        return store.ofMember(communityId, memberId);
    }

    @GET
    @Path("/offers")
    @Operation(summary = "The catalog for this member: redeemable now first (affordable, eligible, in stock), "
            + "then the rest with what stands in the way; 503 when points-service cannot answer")
    public Offers.MemberOffers offers(@PathParam("communityId") String communityId,
                                      @PathParam("memberId") String memberId,
                                      @QueryParam("roleId") List<String> roleIds) {
        return offers.of(communityId, memberId, roleIds == null ? List.of() : roleIds);
    }
}
