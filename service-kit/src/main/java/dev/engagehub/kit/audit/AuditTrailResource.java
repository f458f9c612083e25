package dev.engagehub.kit.audit;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET …/audit}: a service's audit trail for one community, newest first. A service exposes it by
 * extending this class under {@code @Path("/api/v1/communities/{communityId}")}; api-gateway merges the trails.
 */
public abstract class AuditTrailResource {
    @Inject
    AuditLog audit;

    /** A hook for services that refuse unknown communities (404); none by default. */
    protected void requireCommunity(String communityId) {
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Admin: who changed what and why, newest first; pass beforeId to page back")
    public List<AuditLog.Entry> audit(@PathParam("communityId") String communityId,
                                      @QueryParam("beforeId") @DefaultValue("9223372036854775807") long beforeId,
                                      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        requireCommunity(communityId);
        return audit.latest(communityId, beforeId, limit);
    }
}
