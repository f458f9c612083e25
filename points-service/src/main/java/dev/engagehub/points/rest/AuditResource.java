package dev.engagehub.points.rest;

import dev.engagehub.kit.audit.AuditTrailResource;
import dev.engagehub.points.service.RulesCache;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** The community's points audit trail: rules, adjustments, badges given by hand, reviews, rebuilds. */
@Path("/api/v1/communities/{communityId}")
public class AuditResource extends AuditTrailResource {
    @Inject
    RulesCache rules;

    @Override
    protected void requireCommunity(String communityId) {
        rules.require(communityId);
    }
}
