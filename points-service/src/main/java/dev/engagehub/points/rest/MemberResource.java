package dev.engagehub.points.rest;

import dev.engagehub.kit.rest.Actors;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.points.domain.EntryKind;
import dev.engagehub.points.domain.LedgerEntry;
import dev.engagehub.points.domain.MemberPoints;
import dev.engagehub.points.domain.Streak;
import dev.engagehub.points.domain.Submission;
import dev.engagehub.points.leaderboard.LeaderboardPrivacy;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.service.Adjustments;
import dev.engagehub.points.service.Badges;
import dev.engagehub.points.service.Challenges;
import dev.engagehub.points.service.Ledger;
import dev.engagehub.points.service.Posted;
import dev.engagehub.points.service.RulesCache;
import dev.engagehub.points.service.Streaks;
import dev.engagehub.points.service.Submissions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One member's view of their community: points, history, badges, streak, challenges, submissions, privacy. */
@Path("/api/v1/communities/{communityId}/members/{memberId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final RulesCache rules;
    private final Ledger ledger;
    private final Badges badges;
    private final Streaks streaks;
    private final Challenges challenges;
    private final Submissions submissions;
    private final Adjustments adjustments;
    private final LeaderboardPrivacy privacy;

    MemberResource(RulesCache rules, Ledger ledger, Badges badges, Streaks streaks, Challenges challenges,
                   Submissions submissions, Adjustments adjustments, LeaderboardPrivacy privacy) {
        this.rules = rules;
        this.ledger = ledger;
        this.badges = badges;
        this.streaks = streaks;
        this.challenges = challenges;
        this.submissions = submissions;
        this.adjustments = adjustments;
        this.privacy = privacy;
    }

    public record LedgerLine(long id, EntryKind kind, long points, String action, UUID sourceEventId, String reason,
                             String actorId, Instant occurredAt) {
        static LedgerLine of(LedgerEntry entry) {
            return new LedgerLine(entry.id, entry.kind, entry.points, entry.action, entry.sourceEventId, entry.reason,
                    entry.actorId, entry.occurredAt);
        }
    }

    public record StreakView(int current, int longest, LocalDate lastActiveDay) {
    }

    public record ChallengeView(String key, String name, String description, String goalKind, long progress, long goal,
                                boolean completed, Instant endsAt, long rewardPoints, String rewardBadgeKey,
                                boolean communityWide) {
        static ChallengeView of(Challenges.Standing standing) {
            var c = standing.challenge();
            return new ChallengeView(c.key(), c.name(), c.description(), c.goalKind().name(),
                    Math.min(standing.progress(), c.goal()), c.goal(), standing.completed(), c.endsAt(),
                    c.rewardPoints(), c.rewardBadgeKey(), c.communityWide());
        }
    }

    public record AdjustmentBody(@NotNull Long points, @NotBlank @Size(max = 500) String reason) {
    }

    public record AdjustmentView(long ledgerEntryId, MemberPoints points) {
    }

    public record PrivacyBody(@NotNull Boolean optOut) {
    }

    public record PrivacyView(boolean optOut) {
    }

    public record ClaimBody(@NotBlank String templateKey, String evidenceUrl, String evidenceText) {
    }

    @GET
    @Path("/points")
    @Operation(summary = "Spendable balance, lifetime XP, level and the XP where the next level starts")
    public MemberPoints points(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId) {
        return ledger.pointsOf(communityId, memberId, community(communityId).curve());
    }

    @GET
    @Path("/ledger")
    @Operation(summary = "Most recent ledger entries, newest first")
    public List<LedgerLine> ledger(@PathParam("communityId") String communityId,
                                   @PathParam("memberId") String memberId,
                                   @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return LedgerEntry.latestOf(communityId, memberId, limit).stream().map(LedgerLine::of).toList();
    }

    @GET
    @Path("/badges")
    @Operation(summary = "Badges the member holds, in the order earned")
    public List<Badges.HeldBadge> badges(@PathParam("communityId") String communityId,
                                         @PathParam("memberId") String memberId) {
        return badges.heldBy(communityId, memberId);
    }

    public record GiveBadgeBody(@NotBlank String badgeKey) {
    }

    @POST
    @Path("/badges")
    @Operation(summary = "Admin: give a badge by hand (201 when given, 200 when the member already had it)")
    public Response giveBadge(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId,
                              @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull GiveBadgeBody body) {
        Actors.identifier(memberId, "memberId");
        community(communityId);
        boolean given = badges.giveByHand(communityId, memberId, body.badgeKey(), Actors.require(actor));
        return Response.status(given ? 201 : 200).entity(badges.heldBy(communityId, memberId)).build();
    }

    @GET
    @Path("/streak")
    @Operation(summary = "Current and longest daily streak; current is 0 once the grace days have passed")
    public StreakView streak(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId) {
        CommunityRules community = community(communityId);
        Streak streak = streaks.of(communityId, memberId);
        LocalDate today = LocalDate.now(community.zone());
        return new StreakView(streak.currentOn(today, community.streakGraceDays()), streak.longest(), streak.lastDay());
    }

    @GET
    @Path("/challenges")
    @Operation(summary = "Open challenges with the member's progress, and finished ones they took part in")
    public List<ChallengeView> challenges(@PathParam("communityId") String communityId,
                                          @PathParam("memberId") String memberId) {
        community(communityId);
        return challenges.standingsOf(communityId, memberId, Instant.now()).stream().map(ChallengeView::of).toList();
    }

    @GET
    @Path("/submissions")
    @Operation(summary = "The member's submissions, newest first")
    public List<Submission> submissions(@PathParam("communityId") String communityId,
                                        @PathParam("memberId") String memberId,
                                        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return submissions.byMember(communityId, memberId, limit);
    }

    @POST
    @Path("/submissions")
    @Operation(summary = "Claim an activity from a template, with evidence; it waits for an admin's review")
    public Response claim(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId,
                          @Valid @NotNull ClaimBody body) {
        Actors.identifier(memberId, "memberId");
        Submission created = submissions.claim(communityId, memberId, body.templateKey(), body.evidenceUrl(),
                body.evidenceText());
        return Response.status(201).entity(created).build();
    }

    @POST
    @Path("/adjustments")
    @Operation(summary = "Admin: award (positive) or deduct (negative) points with a reason; "
            + "an Idempotency-Key makes retries safe")
    public AdjustmentView adjust(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId,
                                 @HeaderParam(Actors.HEADER) String actor,
                                 @HeaderParam("Idempotency-Key") String idempotencyKey,
                                 @Valid @NotNull AdjustmentBody body) {
        Actors.identifier(memberId, "memberId");
        String key = idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString();
        if (key.length() > 200) {
            throw ProblemException.badRequest("invalid-idempotency-key", "Idempotency-Key must be at most 200 characters");
        }
        Posted posted = adjustments.adjust(communityId, memberId, body.points(), body.reason().trim(),
                Actors.require(actor), key);
        return new AdjustmentView(posted.entryId(), posted.after());
    }

    @GET
    @Path("/leaderboard-privacy")
    @Operation(summary = "Whether the member is hidden from leaderboards")
    public PrivacyView privacy(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId) {
        return new PrivacyView(privacy.isOptedOut(communityId, memberId));
    }

    @PUT
    @Path("/leaderboard-privacy")
    @Operation(summary = "Hide the member from every leaderboard (optOut true) or show them again")
    public PrivacyView setPrivacy(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId,
                                  @Valid @NotNull PrivacyBody body) {
        Actors.identifier(memberId, "memberId");
        privacy.set(communityId, memberId, body.optOut(), community(communityId).zone());
        return new PrivacyView(body.optOut());
    }

    private CommunityRules community(String communityId) {
        return rules.require(communityId);
    }
}
