package dev.engagehub.points.rest;

import dev.engagehub.events.SubmissionReviewed;
import dev.engagehub.kit.rest.Actors;
import dev.engagehub.points.domain.Submission;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.service.RulesCache;
import dev.engagehub.points.service.Streaks;
import dev.engagehub.points.service.Submissions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The admin's desk: the submission queue and members whose streak is about to break. */
@Path("/api/v1/communities/{communityId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {
    private final RulesCache rules;
    private final Submissions submissions;
    private final Streaks streaks;

    ReviewResource(RulesCache rules, Submissions submissions, Streaks streaks) {
        this.rules = rules;
        this.submissions = submissions;
        this.streaks = streaks;
    }

    public record ReviewBody(@NotNull SubmissionReviewed.Decision decision, String reason) {
    }

    @GET
    @Path("/submissions")
    @Operation(summary = "Admin: submissions by status, oldest first (the review queue is status=PENDING)")
    public List<Submission> queue(@PathParam("communityId") String communityId,
                                  @QueryParam("status") @DefaultValue("PENDING") Submission.Status status,
                                  @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        rules.require(communityId);
        return submissions.withStatus(communityId, status, limit);
    }

    @POST
    @Path("/submissions/{id}/review")
    @Operation(summary = "Admin: approve (grants the template's points) or reject with a reason")
    public Submission review(@PathParam("communityId") String communityId, @PathParam("id") UUID id,
                             @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull ReviewBody body) {
        return submissions.review(communityId, id, body.decision(), Actors.require(actor), body.reason());
    }

    @GET
    @Path("/streaks/at-risk")
    @Operation(summary = "Members whose streak breaks unless they are active today, longest streaks first")
    public List<String> streaksAtRisk(@PathParam("communityId") String communityId,
                                      @QueryParam("minimumDays") @DefaultValue("3") @Min(1) int minimumDays) {
        CommunityRules community = rules.require(communityId);
        return streaks.atRisk(communityId, LocalDate.now(community.zone()), community.streakGraceDays(), minimumDays);
    }
}
