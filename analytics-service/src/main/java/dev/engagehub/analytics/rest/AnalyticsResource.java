package dev.engagehub.analytics.rest;

import dev.engagehub.analytics.service.Metrics;
import dev.engagehub.analytics.service.Period;
import dev.engagehub.analytics.service.ProgrammeReports;
import dev.engagehub.analytics.service.SegmentFilter;
import dev.engagehub.kit.rest.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Chart-ready reports for one community. Reports take {@code from} and {@code to} (local dates, inclusive;
 * default the last 30 days) and {@code tz} (default UTC); the member-based ones also {@code segment}.
 * Every report is JSON, or CSV with {@code Accept: text/csv}.
 */
@Path("/api/v1/communities/{communityId}/analytics")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class AnalyticsResource {
    private final Metrics metrics;
    private final ProgrammeReports programme;

    AnalyticsResource(Metrics metrics, ProgrammeReports programme) {
        this.metrics = metrics;
        this.programme = programme;
    }

    public record Heatmap(String timeZone, List<String> days, long[][] events) {
    }

    @GET
    @Path("/activity")
    @Operation(summary = "DAU, WAU, MAU and stickiness (DAU/MAU) per day")
    public List<Metrics.DayActivity> activity(@PathParam("communityId") String community,
                                              @QueryParam("from") String from, @QueryParam("to") String to,
                                              @QueryParam("tz") String tz, @QueryParam("segment") String segment) {
        return metrics.activity(community, Period.of(from, to, tz), SegmentFilter.of(segment));
    }

    @GET
    @Path("/overview")
    @Operation(summary = "Active, new and returning members, points issued/deducted/redeemed/refunded, top actions")
    public Metrics.Overview overview(@PathParam("communityId") String community, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("tz") String tz,
                                     @QueryParam("segment") String segment) {
        return metrics.overview(community, Period.of(from, to, tz), SegmentFilter.of(segment));
    }

    @GET
    @Path("/points")
    @Operation(summary = "Points issued, deducted, redeemed and refunded per day")
    public List<Metrics.DayPoints> points(@PathParam("communityId") String community, @QueryParam("from") String from,
                                          @QueryParam("to") String to, @QueryParam("tz") String tz) {
        return metrics.points(community, Period.of(from, to, tz));
    }

    @GET
    @Path("/heatmap")
    @Operation(summary = "Events by day of week (Monday first) and hour, in the time zone asked for")
    public Heatmap heatmap(@PathParam("communityId") String community, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("tz") String tz,
                           @QueryParam("segment") String segment) {
        Period period = Period.of(from, to, tz);
        return new Heatmap(period.zone().getId(), List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
                metrics.heatmap(community, period, SegmentFilter.of(segment)));
    }

    @GET
    @Path("/funnel")
    @Operation(summary = "Of the members who joined in the period, how many reached each step having reached the ones "
            + "before (steps=joined,first_action,first_points,first_submission,first_redemption, any subset/order)")
    public List<Metrics.Step> funnel(@PathParam("communityId") String community, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("tz") String tz,
                                     @QueryParam("steps") String steps, @QueryParam("segment") String segment) {
        List<String> chosen = steps == null || steps.isBlank() ? Metrics.DEFAULT_FUNNEL
                : List.of(steps.split(",")).stream().map(String::strip).toList();
        if (chosen.isEmpty() || !Metrics.FUNNEL_STEPS.keySet().containsAll(chosen)
                || chosen.stream().distinct().count() != chosen.size()) {
            throw ProblemException.invalidField("steps", "a comma-separated list of distinct steps from "
                    + Metrics.DEFAULT_FUNNEL);
        }
        return metrics.funnel(community, Period.of(from, to, tz), chosen, SegmentFilter.of(segment));
    }

    @GET
    @Path("/retention")
    @Operation(summary = "Weekly cohorts by first activity, and how many of each were active N weeks later")
    public List<Metrics.Cohort> retention(@PathParam("communityId") String community,
                                          @QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("tz") String tz,
                                          @QueryParam("weeks") @DefaultValue("8") @Min(1) @Max(52) int weeks,
                                          @QueryParam("segment") String segment) {
        return metrics.retention(community, Period.of(from, to, tz), weeks, SegmentFilter.of(segment));
    }

    @GET
    @Path("/challenges")
    @Operation(summary = "Per challenge: participants, completions and the completion rate")
    public List<ProgrammeReports.ChallengeStats> challenges(@PathParam("communityId") String community) {
        return programme.challenges(community);
    }

    @GET
    @Path("/redemptions")
    @Operation(summary = "Per reward: redemptions requested in the period, fulfilled, rejected, open, points spent")
    public List<ProgrammeReports.RewardStats> redemptions(@PathParam("communityId") String community,
                                                          @QueryParam("from") String from,
                                                          @QueryParam("to") String to, @QueryParam("tz") String tz) {
        return programme.redemptions(community, Period.of(from, to, tz));
    }

    @GET
    @Path("/submissions")
    @Operation(summary = "Per template: submissions in the period, approved, rejected, pending, approval rate and "
            + "average hours to review")
    public List<ProgrammeReports.TemplateStats> submissions(@PathParam("communityId") String community,
                                                            @QueryParam("from") String from,
                                                            @QueryParam("to") String to, @QueryParam("tz") String tz) {
        return programme.submissions(community, Period.of(from, to, tz));
    }

    @GET
    @Path("/members-at-risk")
    @Operation(summary = "Members active before but quiet for quietDays, most engaged first")
    public List<Metrics.AtRisk> atRisk(@PathParam("communityId") String community,
                                       @QueryParam("quietDays") @DefaultValue("7") @Min(1) @Max(365) int quietDays,
                                       @QueryParam("lookbackDays") @DefaultValue("30") @Min(1) @Max(365)
                                       int lookbackDays, @QueryParam("segment") String segment) {
        return metrics.atRisk(community, Instant.now(), quietDays, lookbackDays, SegmentFilter.of(segment));
    }
}
