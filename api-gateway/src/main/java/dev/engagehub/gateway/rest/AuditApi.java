package dev.engagehub.gateway.rest;

import dev.engagehub.gateway.audit.CommunityAuditTrail;
import dev.engagehub.gateway.audit.CommunityAuditTrail.AuditEntry;
import dev.engagehub.gateway.security.Caller;
import dev.engagehub.gateway.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The community's audit trail from every service, newest first, as JSON or CSV. */
@Path("/api/v1/communities/{communityId}")
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class AuditApi {
    private final CommunityAuditTrail trail;
    private final Caller caller;

    AuditApi(CommunityAuditTrail trail, Caller caller) {
        this.trail = trail;
        this.caller = caller;
    }

    @GET
    @Path("/audit")
    @Blocking
    @Operation(summary = "Admin: who changed what, newest first, from every service (?limit=, up to 1000)")
    public List<AuditEntry> entries(@PathParam("communityId") String c,
                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        caller.requireAdmin(c);
        return trail.latest(c, limit, caller.id());
    }

    @GET
    @Path("/audit.csv")
    @Blocking
    @Produces("text/csv")
    @Operation(summary = "Admin: the same trail as a CSV download (?limit=, up to 1000)")
    public Response csv(@PathParam("communityId") String c, @QueryParam("limit") @DefaultValue("1000") int limit) {
        caller.requireAdmin(c);
        return CommunityAuditTrail.csv(c, trail.latest(c, limit, caller.id()));
    }
}
