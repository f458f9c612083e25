package dev.engagehub.bot.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engagehub.kit.rest.Actors;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * points-service as the bot uses it. Non-blocking (Uni): command handlers run many calls at once and must
 * never park a thread the responses need.
 */
@RegisterRestClient(configKey = "points-service")
@Path("/api/v1/communities/{communityId}")
public interface PointsClient {
    record Community(String id, String name, String timeZone) {
    }

    record CommunityRequest(String name, String timeZone) {
    }

    record MemberPoints(long balance, long lifetimeXp, int level, long levelStartXp, long nextLevelXp) {
    }

    record Streak(int current, int longest) {
    }

    record Badge(String key, String name, String description) {
    }

    record Challenge(String key, String name, String description, long progress, long goal, boolean completed,
                     Instant endsAt, long rewardPoints) {
    }

    record Template(String key, String name, String description, String category, int points, String evidence,
                    boolean enabled) {
    }

    record Submission(UUID id, String memberId, String templateKey, String evidenceUrl, String evidenceText,
                      String status, int points, String reviewReason, Instant createdAt) {
    }

    record Claim(String templateKey, String evidenceUrl, String evidenceText) {
    }

    record Review(String decision, String reason) {
    }

    record Entry(long rank, String memberId, long points) {
    }

    record Page(String window, String period, String segment, long offset, long total, List<Entry> entries) {
    }

    record Standing(Long rank, long points, long boardSize, long behindNext) {
    }

    record StandingView(String window, String period, Standing standing) {
    }

    record Privacy(boolean optOut) {
    }

    record Adjustment(long points, String reason) {
    }

    record ActionRule(Integer minPoints, Integer maxPoints, Long cooldownSeconds, Integer dailyCap, Boolean enabled) {
    }

    record Multiplier(String name, java.math.BigDecimal factor, String roleId, Instant startsAt, Instant endsAt) {
    }

    @GET
    Uni<Community> community(@PathParam("communityId") String communityId);

    @PUT
    Uni<Community> createCommunity(@PathParam("communityId") String communityId,
                                   @HeaderParam(Actors.HEADER) String actor, CommunityRequest request);

    @GET
    @Path("/members/{memberId}/points")
    Uni<MemberPoints> points(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId);

    @GET
    @Path("/members/{memberId}/streak")
    Uni<Streak> streak(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId);

    @GET
    @Path("/members/{memberId}/badges")
    Uni<List<Badge>> badges(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId);

    @GET
    @Path("/members/{memberId}/challenges")
    Uni<List<Challenge>> challenges(@PathParam("communityId") String communityId,
                                    @PathParam("memberId") String memberId);

    @GET
    @Path("/members/{memberId}/submissions")
    Uni<List<Submission>> submissionsOf(@PathParam("communityId") String communityId,
                                        @PathParam("memberId") String memberId);

    @POST
    @Path("/members/{memberId}/submissions")
    Uni<Submission> submit(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId,
                           Claim claim);

    @PUT
    @Path("/members/{memberId}/leaderboard-privacy")
    Uni<Privacy> setPrivacy(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId,
                            Privacy privacy);

    @POST
    @Path("/members/{memberId}/adjustments")
    Uni<JsonNode> adjust(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId,
                         @HeaderParam(Actors.HEADER) String actor, @HeaderParam("Idempotency-Key") String key,
                         Adjustment adjustment);

    @GET
    @Path("/leaderboards/{window}")
    Uni<Page> leaderboard(@PathParam("communityId") String communityId, @PathParam("window") String window,
                          @QueryParam("segment") String segment, @QueryParam("offset") long offset,
                          @QueryParam("limit") int limit);

    @GET
    @Path("/leaderboards/{window}/members/{memberId}")
    Uni<StandingView> standing(@PathParam("communityId") String communityId, @PathParam("window") String window,
                               @PathParam("memberId") String memberId, @QueryParam("around") int around);

    @GET
    @Path("/submission-templates")
    Uni<List<Template>> templates(@PathParam("communityId") String communityId);

    @GET
    @Path("/submissions")
    Uni<List<Submission>> pendingSubmissions(@PathParam("communityId") String communityId,
                                             @HeaderParam(Actors.HEADER) String actor,
                                             @QueryParam("status") String status);

    @POST
    @Path("/submissions/{id}/review")
    Uni<Submission> review(@PathParam("communityId") String communityId, @PathParam("id") UUID submissionId,
                           @HeaderParam(Actors.HEADER) String actor, Review review);

    @GET
    @Path("/rules")
    Uni<ObjectNode> rules(@PathParam("communityId") String communityId);

    @PUT
    @Path("/rules/settings")
    Uni<JsonNode> replaceSettings(@PathParam("communityId") String communityId,
                                  @HeaderParam(Actors.HEADER) String actor, ObjectNode settings);

    @PUT
    @Path("/rules/actions/{action}")
    Uni<JsonNode> putAction(@PathParam("communityId") String communityId, @PathParam("action") String action,
                            @HeaderParam(Actors.HEADER) String actor, ActionRule rule);

    @POST
    @Path("/rules/multipliers")
    Uni<JsonNode> addMultiplier(@PathParam("communityId") String communityId,
                                @HeaderParam(Actors.HEADER) String actor, Multiplier multiplier);

    @GET
    @Path("/streaks/at-risk")
    Uni<List<String>> streaksAtRisk(@PathParam("communityId") String communityId,
                                    @QueryParam("minimumDays") int minimumDays);
}
