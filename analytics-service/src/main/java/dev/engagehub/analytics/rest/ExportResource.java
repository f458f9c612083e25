package dev.engagehub.analytics.rest;

import dev.engagehub.analytics.export.LedgerExport;
import dev.engagehub.analytics.service.Period;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** CSV downloads, streamed as they are read. */
@Path("/api/v1/communities/{communityId}/exports")
public class ExportResource {
    private final LedgerExport ledger;

    ExportResource(LedgerExport ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("/ledger.csv")
    @Produces("text/csv")
    @Blocking
    @Operation(summary = "Every ledger entry in the period (from, to, tz; default the last 30 days), oldest first")
    public Response ledger(@PathParam("communityId") String community, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("tz") String tz) {
        Period period = Period.of(from, to, tz);
        StreamingOutput body = out -> ledger.write(community, period.start(), period.end(), out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"ledger-" + community + "-"
                + period.from() + "-" + period.to() + ".csv\"").build();
    }
}
