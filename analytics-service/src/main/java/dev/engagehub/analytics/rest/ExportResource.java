package dev.engagehub.analytics.rest;

import dev.engagehub.analytics.export.CsvExport;
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
    private final CsvExport exports;

    ExportResource(CsvExport exports) {
        this.exports = exports;
    }

    @GET
    @Path("/{export: ledger|members|redemptions|submissions}.csv")
    @Produces("text/csv")
    @Blocking
    @Operation(summary = "The ledger, members (with their firsts and the period's events and points), redemptions "
            + "or submissions of the period (from, to, tz; default the last 30 days)")
    public Response export(@PathParam("communityId") String community, @PathParam("export") String export,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("tz") String tz) {
        CsvExport.Kind kind = CsvExport.Kind.named(export);
        Period period = Period.of(from, to, tz);
        StreamingOutput body = out -> exports.write(kind, community, period.start(), period.end(), out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + export + "-" + community
                + "-" + period.from() + "-" + period.to() + ".csv\"").build();
    }
}
