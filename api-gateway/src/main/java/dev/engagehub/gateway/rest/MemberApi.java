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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** One member: their points, history, badges, streak, challenges, claims, privacy, offers and redemptions. */
@Path("/api/v1/communities/{communityId}/members/{memberId}")
@RolesAllowed({Roles.MEMBER, Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class MemberApi {
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Upstream points;
    private final Upstream rewards;
    private final Caller caller;

    MemberApi(@Named(Upstreams.POINTS) Upstream points, @Named(Upstreams.REWARDS) Upstream rewards, Caller caller) {
        this.points = points;
        this.rewards = rewards;
        this.caller = caller;
    }

    @GET
    @Path("/{view: points|ledger|badges|streak|challenges|submissions|leaderboard-privacy}")
    @Operation(summary = "The member's balance and level, ledger, badges, streak, challenges, claims or privacy")
    public Uni<Response> view(@PathParam("communityId") String c, @PathParam("memberId") String m,
                              @PathParam("view") String view, @Context UriInfo uri) {
        caller.requireSelfOrAdmin(c, m);
        return points.get(community(c, "members", id("memberId", m), view), uri.getQueryParameters(), caller.id());
    }

    @GET
    @Path("/{rewardsView: offers|redemptions}")
    @Operation(summary = "What the member can redeem now, or what they redeemed")
    public Uni<Response> rewardsView(@PathParam("communityId") String c, @PathParam("memberId") String m,
                                     @PathParam("rewardsView") String view, @Context UriInfo uri) {
        caller.requireSelfOrAdmin(c, m);
        return rewards.get(community(c, "members", id("memberId", m), view), uri.getQueryParameters(), caller.id());
    }

    @POST
    @Path("/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Member: claim points from a submission template (reviewed by an admin)")
    public Uni<Response> submit(@PathParam("communityId") String c, @PathParam("memberId") String m, String body) {
        caller.requireSelf(c, m);
        return points.send(HttpMethod.POST, community(c, "members", id("memberId", m), "submissions"), caller.id(),
                Map.of(), MediaType.APPLICATION_JSON, body);
    }

    @PUT
    @Path("/leaderboard-privacy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Member: hide from every leaderboard, or show again")
    public Uni<Response> privacy(@PathParam("communityId") String c, @PathParam("memberId") String m, String body) {
        caller.requireSelf(c, m);
        return points.send(HttpMethod.PUT, community(c, "members", id("memberId", m), "leaderboard-privacy"),
                caller.id(), Map.of(), MediaType.APPLICATION_JSON, body);
    }

    @POST
    @Path("/redemptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Member: redeem a reward (Idempotency-Key required; a retry returns the first result)")
    public Uni<Response> redeem(@PathParam("communityId") String c, @PathParam("memberId") String m,
                                @HeaderParam(IDEMPOTENCY_KEY) String key, String body) {
        caller.requireSelf(c, m);
        return rewards.send(HttpMethod.POST, community(c, "members", id("memberId", m), "redemptions"), caller.id(),
                header(IDEMPOTENCY_KEY, key), MediaType.APPLICATION_JSON, body);
    }

    @POST
    @Path("/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: award or deduct points by hand, with a reason (Idempotency-Key required)")
    public Uni<Response> adjust(@PathParam("communityId") String c, @PathParam("memberId") String m,
                                @HeaderParam(IDEMPOTENCY_KEY) String key, String body) {
        caller.requireAdmin(c);
        return points.send(HttpMethod.POST, community(c, "members", id("memberId", m), "adjustments"), caller.id(),
                header(IDEMPOTENCY_KEY, key), MediaType.APPLICATION_JSON, body);
    }

    @POST
    @Path("/badges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: give a badge by hand")
    public Uni<Response> giveBadge(@PathParam("communityId") String c, @PathParam("memberId") String m,
                                   String body) {
        caller.requireAdmin(c);
        return points.send(HttpMethod.POST, community(c, "members", id("memberId", m), "badges"), caller.id(),
                Map.of(), MediaType.APPLICATION_JSON, body);
    }

    private static Map<String, String> header(String name, String value) {
        Map<String, String> headers = new HashMap<>();
        headers.put(name, value);
        return headers;
    }
}
