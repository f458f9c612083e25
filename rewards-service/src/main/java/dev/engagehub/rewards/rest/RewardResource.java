package dev.engagehub.rewards.rest;

import dev.engagehub.events.RewardKind;
import dev.engagehub.kit.rest.Actors;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.CodeList;
import dev.engagehub.rewards.domain.Eligibility;
import dev.engagehub.rewards.domain.Fulfilment;
import dev.engagehub.rewards.domain.Reward;
import dev.engagehub.rewards.service.Catalog;
import dev.engagehub.rewards.service.CodePool;
import dev.engagehub.rewards.service.Inventory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/communities/{communityId}/rewards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RewardResource {
    private final Catalog catalog;
    private final Inventory inventory;
    private final CodePool codes;

    RewardResource(Catalog catalog, Inventory inventory, CodePool codes) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.codes = codes;
    }

    public record RewardBody(@NotNull String name, String description, @NotNull RewardKind kind, long cost,
                             Integer stock, Integer perMemberLimit, Instant availableFrom, Instant availableUntil,
                             Eligibility eligibility, Fulfilment fulfilment, Boolean visible, String imageUrl) {
    }

    /** A reward with the units still free (null: unlimited). */
    public record RewardView(Reward reward, Long available) {
    }

    @PUT
    @Path("/{key}")
    @Operation(summary = "Admin: create (201) or change (200) a reward; a DISCOUNT_CODE reward's stock is its code "
            + "pool (upload codes), and a reward's kind cannot change")
    public Response save(@PathParam("communityId") String communityId, @PathParam("key") String key,
                         @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull RewardBody body) {
        Actors.identifier(communityId, "communityId");
        Reward reward = new Reward(key, body.name(), body.description() == null ? "" : body.description(), body.kind(),
                body.cost(), body.stock(), body.perMemberLimit(), body.availableFrom(), body.availableUntil(),
                body.eligibility(), body.fulfilment(), body.visible() == null || body.visible(), body.imageUrl());
        boolean created = catalog.save(communityId, reward, Actors.require(actor));
        return Response.status(created ? 201 : 200).entity(get(communityId, key)).build();
    }

    @GET
    @Operation(summary = "The catalog, cheapest first; hidden rewards only with includeHidden=true (admins)")
    public List<RewardView> list(@PathParam("communityId") String communityId,
                                 @QueryParam("includeHidden") @DefaultValue("false") boolean includeHidden) {
        return catalog.all(communityId, includeHidden).stream().map(reward -> view(communityId, reward)).toList();
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One reward with its free stock")
    public RewardView get(@PathParam("communityId") String communityId, @PathParam("key") String key) {
        return catalog.find(communityId, key).map(reward -> view(communityId, reward))
                .orElseThrow(() -> ProblemException.notFound("Reward", key));
    }

    @DELETE
    @Path("/{key}")
    @Operation(summary = "Admin: delete a reward nobody has redeemed (204); one with redemptions answers 409: "
            + "hide it instead")
    public Response delete(@PathParam("communityId") String communityId, @PathParam("key") String key,
                           @HeaderParam(Actors.HEADER) String actor) {
        catalog.delete(communityId, key, Actors.require(actor));
        return Response.noContent().build();
    }

    @POST
    @Path("/{key}/codes")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv"})
    @Operation(summary = "Admin: add codes to a DISCOUNT_CODE reward's pool, one per line (CSV: the first column; "
            + "a 'code' header line is skipped); codes already in the pool are ignored; all or nothing")
    public CodePool.Upload uploadCodes(@PathParam("communityId") String communityId, @PathParam("key") String key,
                                       @HeaderParam(Actors.HEADER) String actor, String body) {
        String actorId = Actors.require(actor);
        return codes.upload(communityId, key, CodeList.parse(body), actorId);
    }

    private RewardView view(String communityId, Reward reward) {
        return new RewardView(reward, inventory.available(communityId, reward.key()));
    }
}
