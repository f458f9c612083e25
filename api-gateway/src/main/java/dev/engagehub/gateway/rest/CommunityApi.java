package dev.engagehub.gateway.rest;

import static dev.engagehub.gateway.client.ServicePaths.community;

import dev.engagehub.gateway.client.ServicePaths;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A community, its rules and its programme (badges, challenges, submission templates). */
@Path("/api/v1/communities/{communityId}")
@RolesAllowed({Roles.MEMBER, Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class CommunityApi {
    private final Upstream points;
    private final Caller caller;

    CommunityApi(@Named(Upstreams.POINTS) Upstream points, Caller caller) {
        this.points = points;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The community's name and time zone")
    public Uni<Response> get(@PathParam("communityId") String c) {
        caller.requireCommunity(c);
        return points.get(community(c), null, caller.id());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: create the community with default rules, or rename it / move its time zone")
    public Uni<Response> put(@PathParam("communityId") String c, String body) {
        caller.requireAdmin(c);
        return points.send(HttpMethod.PUT, community(c), caller.id(), Map.of(), MediaType.APPLICATION_JSON, body);
    }

    @GET
    @Path("/rules")
    @Operation(summary = "Every rule: actions, multipliers, no-XP channels and roles, level curve, segments")
    public Uni<Response> rules(@PathParam("communityId") String c) {
        caller.requireCommunity(c);
        return points.get(community(c, "rules"), null, caller.id());
    }

    @PUT
    @Path("/rules/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: what an action is worth")
    public Uni<Response> putAction(@PathParam("communityId") String c, @PathParam("action") String action,
                                   String body) {
        caller.requireAdmin(c);
        return points.send(HttpMethod.PUT, community(c, "rules", "actions", ServicePaths.id("action", action)),
                caller.id(), Map.of(), MediaType.APPLICATION_JSON, body);
    }

    @DELETE
    @Path("/rules/actions/{action}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: remove an action")
    public Uni<Response> deleteAction(@PathParam("communityId") String c, @PathParam("action") String action) {
        caller.requireAdmin(c);
        return points.send(HttpMethod.DELETE, community(c, "rules", "actions", ServicePaths.id("action", action)),
                caller.id(), Map.of(), null, null);
    }

    @POST
    @Path("/rules/multipliers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: a role boost or a time-boxed event such as double XP")
    public Uni<Response> addMultiplier(@PathParam("communityId") String c, String body) {
        caller.requireAdmin(c);
        return points.send(HttpMethod.POST, community(c, "rules", "multipliers"), caller.id(), Map.of(),
                MediaType.APPLICATION_JSON, body);
    }

    @DELETE
    @Path("/rules/multipliers/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: remove a multiplier")
    public Uni<Response> deleteMultiplier(@PathParam("communityId") String c, @PathParam("id") String id) {
        caller.requireAdmin(c);
        return points.send(HttpMethod.DELETE, community(c, "rules", "multipliers", ServicePaths.id("id", id)),
                caller.id(), Map.of(), null, null);
    }

    @PUT
    @Path("/rules/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: level curve, streak grace, no-XP channels and roles, level roles, segments")
    public Uni<Response> putSettings(@PathParam("communityId") String c, String body) {
        caller.requireAdmin(c);
        return points.send(HttpMethod.PUT, community(c, "rules", "settings"), caller.id(), Map.of(),
                MediaType.APPLICATION_JSON, body);
    }

    @GET
    @Path("/{programme: badges|challenges|submission-templates}")
    @Operation(summary = "Badges, challenges or submission templates on offer")
    public Uni<Response> programme(@PathParam("communityId") String c, @PathParam("programme") String programme,
                                   @Context UriInfo uri) {
        caller.requireCommunity(c);
        return points.get(community(c, programme), uri.getQueryParameters(), caller.id());
    }

    @PUT
    @Path("/{programme: badges|challenges|submission-templates}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Admin: create or change a badge, challenge or submission template")
    public Uni<Response> putProgramme(@PathParam("communityId") String c, @PathParam("programme") String programme,
                                      @PathParam("key") String key, String body) {
        caller.requireAdmin(c);
        return points.send(HttpMethod.PUT, community(c, programme, ServicePaths.id("key", key)), caller.id(),
                Map.of(), MediaType.APPLICATION_JSON, body);
    }
}
