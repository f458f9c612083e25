package dev.engagehub.points.rest;

import dev.engagehub.kit.rest.Actors;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.points.domain.BadgeDefinition;
import dev.engagehub.points.domain.BadgeKind;
import dev.engagehub.points.domain.Challenge;
import dev.engagehub.points.domain.SubmissionTemplate;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.service.Badges;
import dev.engagehub.points.service.Challenges;
import dev.engagehub.points.service.MonthlyTopBadges;
import dev.engagehub.points.service.RuleEditor;
import dev.engagehub.points.service.RulesCache;
import dev.engagehub.points.service.SubmissionTemplates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What a community offers its members: badges, challenges and submission templates. */
@Path("/api/v1/communities/{communityId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramResource {
    private final RulesCache rules;
    private final RuleEditor editor;
    private final Badges badges;
    private final Challenges challenges;
    private final SubmissionTemplates templates;
    private final MonthlyTopBadges monthlyTop;

    ProgramResource(RulesCache rules, RuleEditor editor, Badges badges, Challenges challenges,
                    SubmissionTemplates templates, MonthlyTopBadges monthlyTop) {
        this.monthlyTop = monthlyTop;
        this.rules = rules;
        this.editor = editor;
        this.badges = badges;
        this.challenges = challenges;
        this.templates = templates;
    }

    public record BadgeBody(@NotNull String name, String description, @NotNull BadgeKind kind, long threshold,
                            String subject) {
    }

    public record ChallengeBody(@NotNull String name, String description, @NotNull Challenge.GoalKind goalKind,
                                String subject, long goal, @NotNull Instant startsAt, @NotNull Instant endsAt,
                                long rewardPoints, String rewardBadgeKey, String cohortRoleId, boolean communityWide) {
    }

    public record TemplateBody(@NotNull String name, String description, @NotNull SubmissionTemplate.Category category,
                               int points, @NotNull SubmissionTemplate.Evidence evidence, Integer maxPerMember,
                               Boolean enabled) {
    }

    @GET
    @Path("/badges")
    @Operation(summary = "The badges the community offers and how each is earned")
    public List<BadgeDefinition> badges(@PathParam("communityId") String communityId) {
        community(communityId);
        return badges.definitions(communityId);
    }

    @PUT
    @Path("/badges/{key}")
    @Operation(summary = "Admin: create or change a badge")
    public BadgeDefinition saveBadge(@PathParam("communityId") String communityId, @PathParam("key") String key,
                                     @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull BadgeBody body) {
        BadgeDefinition badge = new BadgeDefinition(key, body.name(), orEmpty(body.description()), body.kind(),
                body.threshold(), body.subject());
        editor.saveBadge(communityId, badge, Actors.require(actor));
        return badge;
    }

    @GET
    @Path("/challenges")
    @Operation(summary = "Every challenge of the community, past, running and upcoming")
    public List<Challenge> challenges(@PathParam("communityId") String communityId) {
        community(communityId);
        return challenges.all(communityId);
    }

    @PUT
    @Path("/challenges/{key}")
    @Operation(summary = "Admin: create or change a challenge (per member or community-wide, optionally for one cohort)")
    public Challenge saveChallenge(@PathParam("communityId") String communityId, @PathParam("key") String key,
                                   @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull ChallengeBody body) {
        Challenge challenge = new Challenge(key, body.name(), orEmpty(body.description()), body.goalKind(),
                body.subject(), body.goal(), body.startsAt(), body.endsAt(), body.rewardPoints(),
                body.rewardBadgeKey(), body.cohortRoleId(), body.communityWide());
        editor.saveChallenge(communityId, challenge, Actors.require(actor));
        return challenge;
    }

    @GET
    @Path("/submission-templates")
    @Operation(summary = "What members can submit for points")
    public List<SubmissionTemplate> templates(@PathParam("communityId") String communityId) {
        community(communityId);
        return templates.all(communityId);
    }

    @PUT
    @Path("/submission-templates/{key}")
    @Operation(summary = "Admin: create, change or disable a submission template")
    public SubmissionTemplate saveTemplate(@PathParam("communityId") String communityId, @PathParam("key") String key,
                                           @HeaderParam(Actors.HEADER) String actor,
                                           @Valid @NotNull TemplateBody body) {
        SubmissionTemplate template = new SubmissionTemplate(key, body.name(), orEmpty(body.description()),
                body.category(), body.points(), body.evidence(), body.maxPerMember(),
                body.enabled() == null || body.enabled());
        editor.saveTemplate(communityId, template, Actors.require(actor));
        return template;
    }

    public record MonthlyTopView(String month, int badgesGiven) {
    }

    @POST
    @Path("/badges/monthly-top/{month}")
    @Operation(summary = "Operator: give the 'top N of the month' badges for a finished month (runs hourly by itself)")
    public MonthlyTopView awardMonthlyTop(@PathParam("communityId") String communityId,
                                          @PathParam("month") String month, @HeaderParam(Actors.HEADER) String actor) {
        Actors.require(actor);
        YearMonth chosen;
        try {
            chosen = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-month", "month must look like 2026-10");
        }
        CommunityRules community = community(communityId);
        if (!chosen.isBefore(YearMonth.now(community.zone()))) {
            throw ProblemException.badRequest("month-not-over", "month " + month + " has not ended yet");
        }
        return new MonthlyTopView(month, monthlyTop.award(community, chosen));
    }

    private CommunityRules community(String communityId) {
        return rules.require(communityId);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
