package dev.engagehub.gateway.rest;

import static dev.engagehub.gateway.client.ServicePaths.community;

import dev.engagehub.gateway.client.Upstream;
import dev.engagehub.gateway.client.Upstreams;
import dev.engagehub.gateway.security.Caller;
import dev.engagehub.gateway.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestMulti;

/** Admin: the community's analytics reports and CSV exports, from analytics-service. */
@Path("/api/v1/communities/{communityId}")
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class AnalyticsApi {
    private final Upstream analytics;
    private final Caller caller;

    AnalyticsApi(@Named(Upstreams.ANALYTICS) Upstream analytics, Caller caller) {
        this.analytics = analytics;
        this.caller = caller;
    }

    @GET
    @Path("/analytics/{report: activity|overview|points|heatmap|funnel|retention|members-at-risk|challenges|redemptions"
            + "|submissions}")
    @Operation(summary = "Admin: a report (?from=&to=&tz=; JSON, or CSV with Accept: text/csv): DAU/WAU/MAU, "
            + "overview, points per day, heatmap, funnel, retention, challenges, redemptions, submissions, members at risk")
    public Uni<Response> report(@PathParam("communityId") String c, @PathParam("report") String report,
                                @HeaderParam("Accept") String accept, @Context UriInfo uri) {
        caller.requireAdmin(c);
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", accept);
        return analytics.get(community(c, "analytics", report), uri.getQueryParameters(), caller.id(), headers);
    }

    @GET
    @Path("/exports/{export: (ledger|members|redemptions|submissions)\\.csv}")
    @Operation(summary = "Admin: a CSV export, streamed (?from=&to=&tz=)")
    public RestMulti<byte[]> export(@PathParam("communityId") String c, @PathParam("export") String export,
                                    @Context UriInfo uri) {
        caller.requireAdmin(c);
        return analytics.stream(community(c, "exports", export), uri.getQueryParameters(), caller.id());
    }
}
