package dev.engagehub.gateway.rest;

import static dev.engagehub.gateway.client.ServicePaths.community;
import static dev.engagehub.gateway.client.ServicePaths.id;

import dev.engagehub.gateway.client.Upstream;
import dev.engagehub.gateway.client.Upstreams;
import dev.engagehub.gateway.security.Caller;
import dev.engagehub.gateway.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The reward catalog (members read it; admins keep it) and the redemption approval queue. */
@Path("/api/v1/communities/{communityId}")
@RolesAllowed({Roles.MEMBER, Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class RewardApi {
    private final Upstream rewards;
    private final Caller caller;

    RewardApi(@Named(Upstreams.REWARDS) Upstream rewards, Caller caller) {
        this.rewards = rewards;
        this.caller = caller;
    }

    @GET
    @Path("/rewards")
    @Operation(summary = "The catalog, cheapest first (?includeHidden=true for admins)")
    public Uni<Response> catalog(@PathParam("communityId") String c, @QueryParam("includeHidden") boolean hidden,
                                 @Context UriInfo uri) {
        if (hidden) {
            caller.requireAdmin(c);
        } else {
            caller.requireCommunity(c);
        }
        return rewards.get(community(c, "rewards"), uri.getQueryParameters(), caller.id());
    }

    @GET
    @Path("/rewards/{key}")
    @Operation(summary = "One reward with the units still available")
    public Uni<Response> reward(@PathParam("communityId") String c, @PathParam("key") String key) {
        caller.requireCommunity(c);
        return rewards.get(community(c, "rewards", id("key", key)), null, caller.id());
    }

    @PUT
    @Path("/rewards/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: create or change a reward")
    public Uni<Response> putReward(@PathParam("communityId") String c, @PathParam("key") String key, String body) {
        caller.requireAdmin(c);
        return rewards.send(HttpMethod.PUT, community(c, "rewards", id("key", key)), caller.id(), Map.of(),
                MediaType.APPLICATION_JSON, body);
    }

    @DELETE
    @Path("/rewards/{key}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: delete a reward nobody has redeemed")
    public Uni<Response> deleteReward(@PathParam("communityId") String c, @PathParam("key") String key) {
        caller.requireAdmin(c);
        return rewards.send(HttpMethod.DELETE, community(c, "rewards", id("key", key)), caller.id(), Map.of(), null,
                null);
    }

    @POST
    @Path("/rewards/{key}/codes")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: add codes to a discount-code pool (text/plain, one per line, or text/csv)")
    public Uni<Response> uploadCodes(@PathParam("communityId") String c, @PathParam("key") String key,
                                     @HeaderParam("Content-Type") String type, String body) {
        caller.requireAdmin(c);
        return rewards.send(HttpMethod.POST, community(c, "rewards", id("key", key), "codes"), caller.id(), Map.of(),
                type, body);
    }

    @GET
    @Path("/redemptions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: the approval queue (?status=&limit=)")
    public Uni<Response> queue(@PathParam("communityId") String c, @Context UriInfo uri) {
        caller.requireAdmin(c);
        return rewards.get(community(c, "redemptions"), uri.getQueryParameters(), caller.id());
    }

    @GET
    @Path("/redemptions/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: one redemption with its shipping details")
    public Uni<Response> redemption(@PathParam("communityId") String c, @PathParam("id") String redemption) {
        caller.requireAdmin(c);
        return rewards.get(community(c, "redemptions", id("id", redemption)), null, caller.id());
    }

    @POST
    @Path("/redemptions/{id}/{decision: approve|ship|reject}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: approve, mark shipped (body shippingStatus) or reject with refund (body reason)")
    public Uni<Response> decide(@PathParam("communityId") String c, @PathParam("id") String redemption,
                                @PathParam("decision") String decision, String body) {
        caller.requireAdmin(c);
        return rewards.send(HttpMethod.POST, community(c, "redemptions", id("id", redemption), decision), caller.id(),
                Map.of(), MediaType.APPLICATION_JSON, body == null || body.isBlank() ? null : body);
    }
}
