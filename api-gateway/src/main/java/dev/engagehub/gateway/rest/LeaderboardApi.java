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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Leaderboards: top-N pages, a member's rank with neighbours, and the operator's rebuild. */
@Path("/api/v1/communities/{communityId}/leaderboards")
@RolesAllowed({Roles.MEMBER, Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class LeaderboardApi {
    private final Upstream points;
    private final Caller caller;

    LeaderboardApi(@Named(Upstreams.POINTS) Upstream points, Caller caller) {
        this.points = points;
        this.caller = caller;
    }

    @GET
    @Path("/{window: day|week|month|all}")
    @Operation(summary = "A page of a board (?period=&segment=&offset=&limit=)")
    public Uni<Response> page(@PathParam("communityId") String c, @PathParam("window") String window,
                              @Context UriInfo uri) {
        caller.requireCommunity(c);
        return points.get(community(c, "leaderboards", window), uri.getQueryParameters(), caller.id());
    }

    @GET
    @Path("/{window: day|week|month|all}/members/{memberId}")
    @Operation(summary = "A member's rank, XP, gap to the one above, and neighbours (?around=)")
    public Uni<Response> standing(@PathParam("communityId") String c, @PathParam("window") String window,
                                  @PathParam("memberId") String m, @Context UriInfo uri) {
        caller.requireCommunity(c);
        return points.get(community(c, "leaderboards", window, "members", id("memberId", m)),
                uri.getQueryParameters(), caller.id());
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Operator: recompute every board of the community from the ledger")
    public Uni<Response> rebuild(@PathParam("communityId") String c) {
        caller.requireOperator();
        return points.send(HttpMethod.POST, community(c, "leaderboards", "rebuild"), caller.id(), Map.of(), null,
                null);
    }
}
