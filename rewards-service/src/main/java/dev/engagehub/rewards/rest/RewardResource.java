package dev.engagehub.rewards.rest;

import dev.engagehub.events.RewardKind;
import dev.engagehub.kit.rest.Actors;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.Reward;
import dev.engagehub.rewards.service.Catalog;
import dev.engagehub.rewards.service.Inventory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

    RewardResource(Catalog catalog, Inventory inventory) {
        this.catalog = catalog;
        this.inventory = inventory;
    }

    public record RewardBody(@NotNull String name, String description, @NotNull RewardKind kind, long cost,
                             Integer stock, Integer perMemberLimit, Instant availableFrom, Instant availableUntil,
                             Integer minLevel, String requiredBadge, Boolean visible, String imageUrl) {
    }

    /** A reward with the units still free (null: unlimited). */
    public record RewardView(Reward reward, Long available) {
    }

    @PUT
    @Path("/{key}")
    @Operation(summary = "Admin: create (201) or change (200) a reward")
    public Response save(@PathParam("communityId") String communityId, @PathParam("key") String key,
                         @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull RewardBody body) {
        Actors.identifier(communityId, "communityId");
        Reward reward = new Reward(key, body.name(), body.description() == null ? "" : body.description(), body.kind(),
                body.cost(), body.stock(), body.perMemberLimit(), body.availableFrom(), body.availableUntil(),
                body.minLevel() == null ? 0 : body.minLevel(), body.requiredBadge(),
                body.visible() == null || body.visible(), body.imageUrl());
        boolean created = catalog.save(communityId, reward, Actors.require(actor));
        return Response.status(created ? 201 : 200).entity(view(communityId, reward)).build();
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

    private RewardView view(String communityId, Reward reward) {
        return new RewardView(reward, inventory.available(communityId, reward.key()));
    }
}
