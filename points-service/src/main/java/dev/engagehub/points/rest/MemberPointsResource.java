package dev.engagehub.points.rest;

import dev.engagehub.points.domain.EntryKind;
import dev.engagehub.points.domain.LedgerEntry;
import dev.engagehub.points.domain.MemberPoints;
import dev.engagehub.points.service.LedgerService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/communities/{communityId}/members/{memberId}")
@Produces(MediaType.APPLICATION_JSON)
public class MemberPointsResource {
    private final LedgerService ledger;

    MemberPointsResource(LedgerService ledger) {
        this.ledger = ledger;
    }

    public record LedgerLine(long id, EntryKind kind, long points, String action, UUID sourceEventId, String reason,
                             Instant occurredAt) {
        static LedgerLine of(LedgerEntry entry) {
            return new LedgerLine(entry.id, entry.kind, entry.points, entry.action, entry.sourceEventId, entry.reason,
                    entry.occurredAt);
        }
    }

    @GET
    @Path("/points")
    @Operation(summary = "A member's spendable balance and lifetime XP")
    public MemberPoints points(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId) {
        return ledger.pointsOf(communityId, memberId);
    }

    @GET
    @Path("/ledger")
    @Operation(summary = "A member's most recent ledger entries, newest first")
    public List<LedgerLine> ledger(@PathParam("communityId") String communityId,
                                   @PathParam("memberId") String memberId,
                                   @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return LedgerEntry.latestOf(communityId, memberId, limit).stream().map(LedgerLine::of).toList();
    }
}
