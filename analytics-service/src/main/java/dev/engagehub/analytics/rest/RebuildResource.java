package dev.engagehub.analytics.rest;

import dev.engagehub.analytics.rebuild.Rebuild;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operator: recompute every aggregate of every community from the topics ({@code ./engagehub analytics-rebuild}). */
@Path("/api/v1/analytics/rebuild")
public class RebuildResource {
    private final Rebuild rebuild;

    RebuildResource(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Operator: empty the aggregates and replay every topic from the beginning (synchronous)")
    public Rebuild.Result rebuild() {
        return rebuild.run();
    }
}
