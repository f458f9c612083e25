package dev.engagehub.rewards.rest;

import dev.engagehub.kit.audit.AuditTrailResource;
import jakarta.ws.rs.Path;

/** The community's rewards audit trail: catalog changes, code uploads, approvals and rejections. */
@Path("/api/v1/communities/{communityId}")
public class AuditResource extends AuditTrailResource {
}
