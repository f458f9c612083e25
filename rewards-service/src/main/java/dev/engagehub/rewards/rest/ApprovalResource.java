package dev.engagehub.rewards.rest;

import dev.engagehub.kit.rest.Actors;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.Redemption;
import dev.engagehub.rewards.service.Approvals;
import dev.engagehub.rewards.service.RedemptionStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The admins' redemption queue. */
@Path("/api/v1/communities/{communityId}/redemptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource {
    private final Approvals approvals;
    private final RedemptionStore store;

    ApprovalResource(Approvals approvals, RedemptionStore store) {
        this.approvals = approvals;
        this.store = store;
    }

    public record ShipBody(@NotBlank @Size(max = 500) String shippingStatus) {
    }

    public record RejectBody(@NotBlank @Size(max = 900) String reason) {
    }

    @GET
    @Operation(summary = "Admin: redemptions in the given states, oldest first; by default the approval queue "
            + "(PENDING_APPROVAL and APPROVED, i.e. waiting to be shipped)")
    public List<Redemption> queue(@PathParam("communityId") String communityId,
                                  @QueryParam("status") List<Redemption.Status> statuses,
                                  @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        Set<Redemption.Status> wanted = statuses == null || statuses.isEmpty() ? Approvals.WAITING
                : EnumSet.copyOf(statuses);
        return approvals.queue(communityId, wanted, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Admin: one redemption, with shipping details")
    public Redemption get(@PathParam("communityId") String communityId, @PathParam("id") UUID id) {
        return store.find(communityId, id).orElseThrow(() -> ProblemException.notFound("Redemption", id.toString()));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Admin: approve a pending redemption; fulfilled at once, except merch, which waits to be "
            + "marked shipped")
    public Redemption approve(@PathParam("communityId") String communityId, @PathParam("id") UUID id,
                              @HeaderParam(Actors.HEADER) String actor) {
        return approvals.approve(communityId, id, Actors.require(actor));
    }

    @POST
    @Path("/{id}/ship")
    @Operation(summary = "Admin: mark approved merch shipped (carrier, tracking); the member is told")
    public Redemption ship(@PathParam("communityId") String communityId, @PathParam("id") UUID id,
                           @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull ShipBody body) {
        return approvals.ship(communityId, id, body.shippingStatus().strip(), Actors.require(actor));
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Admin: reject a pending or approved redemption with a reason; stock is released and "
            + "the member refunded")
    public Redemption reject(@PathParam("communityId") String communityId, @PathParam("id") UUID id,
                             @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull RejectBody body) {
        return approvals.reject(communityId, id, "rejected by admin: " + body.reason().strip(), Actors.require(actor));
    }
}
