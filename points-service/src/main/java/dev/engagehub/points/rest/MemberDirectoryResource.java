package dev.engagehub.points.rest;

import dev.engagehub.points.domain.MemberPoints;
import dev.engagehub.points.service.MemberDirectory;
import dev.engagehub.points.service.RulesCache;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/communities/{communityId}/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberDirectoryResource {
    private final MemberDirectory directory;
    private final RulesCache rules;

    MemberDirectoryResource(MemberDirectory directory, RulesCache rules) {
        this.directory = directory;
        this.rules = rules;
    }

    @GET
    @Operation(summary = "Admin: members whose id contains q (any case), most XP first, with balance and level")
    public List<MemberPoints> search(@PathParam("communityId") String communityId,
                                     @QueryParam("q") @Size(max = 128) String q,
                                     @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return directory.search(communityId, q, limit, rules.require(communityId).curve());
    }
}
