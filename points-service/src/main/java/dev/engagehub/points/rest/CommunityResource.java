package dev.engagehub.points.rest;

import dev.engagehub.kit.rest.Actors;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.service.Communities;
import dev.engagehub.points.service.RulesCache;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/communities/{communityId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunityResource {
    private final Communities communities;
    private final RulesCache rules;

    CommunityResource(Communities communities, RulesCache rules) {
        this.communities = communities;
        this.rules = rules;
    }

    public record CommunityRequest(@NotBlank @Size(max = 200) String name, @NotNull String timeZone) {
    }

    public record CommunityView(String id, String name, String timeZone) {
        static CommunityView of(CommunityRules rules) {
            return new CommunityView(rules.communityId(), rules.name(), rules.zone().getId());
        }
    }

    @PUT
    @Operation(summary = "Create a community with the default rules, badges and templates, or rename it / move its time zone")
    public Response register(@PathParam("communityId") String communityId, @HeaderParam(Actors.HEADER) String actor,
                             @Valid @NotNull CommunityRequest request) {
        Actors.identifier(communityId, "communityId");
        boolean created = communities.register(communityId, request.name().trim(), zone(request.timeZone()),
                Actors.require(actor));
        rules.evict(communityId);
        return Response.status(created ? 201 : 200).entity(CommunityView.of(rules.require(communityId))).build();
    }

    @GET
    @Operation(summary = "A community's name and time zone")
    public CommunityView get(@PathParam("communityId") String communityId) {
        return CommunityView.of(rules.require(communityId));
    }

    static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("invalid-time-zone",
                    "timeZone must be an IANA zone such as Europe/Berlin or UTC, not '" + timeZone + "'");
        }
    }
}
