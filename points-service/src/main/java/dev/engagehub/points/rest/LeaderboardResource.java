package dev.engagehub.points.rest;

import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.points.leaderboard.LeaderboardEntry;
import dev.engagehub.points.leaderboard.LeaderboardWindow;
import dev.engagehub.points.leaderboard.Leaderboards;
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
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/communities/{communityId}/leaderboards")
@Produces(MediaType.APPLICATION_JSON)
public class LeaderboardResource {
    private final Leaderboards leaderboards;

    LeaderboardResource(Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
    }

    public record LeaderboardView(String window, String period, List<LeaderboardEntry> entries) {
    }

    @GET
    @Path("/{window}")
    @Operation(summary = "Top members of a window (day, week, month, all); the current period unless one is given")
    public LeaderboardView top(@PathParam("communityId") String communityId,
                               @PathParam("window") String windowSlug,
                               @QueryParam("period") String period,
                               @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        LeaderboardWindow window = LeaderboardWindow.fromSlug(windowSlug).orElseThrow(() ->
                ProblemException.badRequest("unknown-window", "window must be one of day, week, month, all"));
        String chosen = period != null ? period : window.periodOf(Instant.now(), ZoneOffset.UTC);
        return new LeaderboardView(window.slug(), chosen, leaderboards.top(communityId, window, chosen, limit));
    }
}
