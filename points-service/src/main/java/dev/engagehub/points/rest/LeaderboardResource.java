package dev.engagehub.points.rest;

import dev.engagehub.kit.rest.Actors;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.points.leaderboard.LeaderboardEntry;
import dev.engagehub.points.leaderboard.LeaderboardKeys;
import dev.engagehub.points.leaderboard.LeaderboardRebuilder;
import dev.engagehub.points.leaderboard.LeaderboardWindow;
import dev.engagehub.points.leaderboard.Leaderboards;
import dev.engagehub.points.leaderboard.Standing;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.service.RulesCache;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/communities/{communityId}/leaderboards")
@Produces(MediaType.APPLICATION_JSON)
public class LeaderboardResource {
    private final Leaderboards leaderboards;
    private final LeaderboardRebuilder rebuilder;
    private final RulesCache rules;

    LeaderboardResource(Leaderboards leaderboards, LeaderboardRebuilder rebuilder, RulesCache rules) {
        this.leaderboards = leaderboards;
        this.rebuilder = rebuilder;
        this.rules = rules;
    }

    public record LeaderboardView(String window, String period, String segment, long offset, long total,
                                  List<LeaderboardEntry> entries) {
    }

    public record StandingView(String window, String period, String segment, Standing standing) {
    }

    public record RebuildView(int boards) {
    }

    @GET
    @Path("/{window}")
    @Operation(summary = "A page of a board (day, week, month, all), the whole community's or a segment's; "
            + "the current period in the community's time zone unless one is given")
    public LeaderboardView top(@PathParam("communityId") String communityId,
                               @PathParam("window") String windowSlug,
                               @QueryParam("period") String period,
                               @QueryParam("segment") String segment,
                               @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) long offset,
                               @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        Board board = board(communityId, windowSlug, period, segment);
        Leaderboards.Page page = leaderboards.page(board.key(), offset, limit);
        return new LeaderboardView(board.window().slug(), board.period(), segment, offset, page.total(),
                page.entries());
    }

    @GET
    @Path("/{window}/members/{memberId}")
    @Operation(summary = "A member's rank, XP, the gap to the member above, and neighbours either side")
    public StandingView standing(@PathParam("communityId") String communityId,
                                 @PathParam("window") String windowSlug,
                                 @PathParam("memberId") String memberId,
                                 @QueryParam("period") String period,
                                 @QueryParam("segment") String segment,
                                 @QueryParam("around") @DefaultValue("2") @Min(1) @Max(10) int around) {
        Board board = board(communityId, windowSlug, period, segment);
        return new StandingView(board.window().slug(), board.period(), segment,
                leaderboards.standing(board.key(), memberId, around));
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Operator: recompute every board of the community from the ledger")
    public RebuildView rebuild(@PathParam("communityId") String communityId, @HeaderParam(Actors.HEADER) String actor) {
        Actors.require(actor);
        return new RebuildView(rebuilder.rebuild(communityId, rules.require(communityId).zone()));
    }

    private record Board(LeaderboardWindow window, String period, String key) {
    }

    private Board board(String communityId, String windowSlug, String period, String segment) {
        LeaderboardWindow window = LeaderboardWindow.fromSlug(windowSlug).orElseThrow(() ->
                ProblemException.badRequest("unknown-window", "window must be one of day, week, month, all"));
        CommunityRules community = rules.require(communityId);
        if (segment != null && !community.segments().containsKey(segment)) {
            throw ProblemException.notFound("Leaderboard segment", segment);
        }
        String chosen = period != null ? period : window.periodOf(Instant.now(), community.zone());
        if (!window.isPeriod(chosen)) {
            throw ProblemException.badRequest("invalid-period", "period '" + chosen + "' is not a " + window.slug()
                    + " period (e.g. " + window.periodOf(Instant.now(), community.zone()) + ")");
        }
        return new Board(window, chosen, LeaderboardKeys.ofSegment(communityId, segment, window, chosen));
    }
}
