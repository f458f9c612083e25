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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Admin work in points-service: the member directory, the submission review queue, streaks at risk. */
@Path("/api/v1/communities/{communityId}")
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class ReviewApi {
    private final Upstream points;
    private final Caller caller;

    ReviewApi(@Named(Upstreams.POINTS) Upstream points, Caller caller) {
        this.points = points;
        this.caller = caller;
    }

    @GET
    @Path("/{list: members|submissions|streaks/at-risk}")
    @Operation(summary = "Admin: members by id (?q=), the review queue (?status=PENDING) or members whose "
            + "streak ends today")
    public Uni<Response> list(@PathParam("communityId") String c, @PathParam("list") String list,
                              @Context UriInfo uri) {
        caller.requireAdmin(c);
        return points.get(community(c, list), uri.getQueryParameters(), caller.id());
    }

    @POST
    @Path("/submissions/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Admin: approve or reject a submission (a rejection needs a reason)")
    public Uni<Response> review(@PathParam("communityId") String c, @PathParam("id") String submission,
                                String body) {
        caller.requireAdmin(c);
        return points.send(HttpMethod.POST, community(c, "submissions", id("id", submission), "review"),
                caller.id(), Map.of(), MediaType.APPLICATION_JSON, body);
    }
}
