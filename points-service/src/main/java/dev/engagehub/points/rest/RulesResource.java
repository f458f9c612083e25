package dev.engagehub.points.rest;

import dev.engagehub.kit.rest.Actors;
import dev.engagehub.points.domain.InvalidRuleException;
import dev.engagehub.points.domain.LevelCurve;
import dev.engagehub.points.rules.ActionRule;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.rules.CommunitySettings;
import dev.engagehub.points.rules.Multiplier;
import dev.engagehub.points.service.RuleEditor;
import dev.engagehub.points.service.RulesCache;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/communities/{communityId}/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RulesResource {
    private final RulesCache rules;
    private final RuleEditor editor;

    RulesResource(RulesCache rules, RuleEditor editor) {
        this.rules = rules;
        this.editor = editor;
    }

    public record ActionRuleBody(@NotNull Integer minPoints, Integer maxPoints, Long cooldownSeconds, Integer dailyCap,
                                 Boolean enabled) {
        ActionRule toRule(String action) {
            return new ActionRule(action, minPoints, maxPoints == null ? minPoints : maxPoints,
                    Duration.ofSeconds(cooldownSeconds == null ? 0 : cooldownSeconds), dailyCap,
                    enabled == null || enabled);
        }
    }

    public record ActionRuleView(String action, int minPoints, int maxPoints, long cooldownSeconds, Integer dailyCap,
                                 boolean enabled) {
        static ActionRuleView of(ActionRule rule) {
            return new ActionRuleView(rule.action(), rule.minPoints(), rule.maxPoints(), rule.cooldown().toSeconds(),
                    rule.dailyCap(), rule.enabled());
        }
    }

    public record MultiplierBody(@NotNull String name, @NotNull BigDecimal factor, String roleId, Instant startsAt,
                                 Instant endsAt) {
    }

    public record LevelCurveBody(long quadratic, long linear, long base) {
    }

    public record LevelRoleReward(int level, String roleId) {
    }

    public record Segment(String roleId, String name) {
    }

    public record SettingsBody(@NotNull @Valid LevelCurveBody levelCurve, int streakGraceDays, Set<String> noXpChannels,
                               Set<String> noXpRoles, List<LevelRoleReward> levelRoleRewards, List<Segment> segments) {
        CommunitySettings toSettings() {
            Map<Integer, String> roleRewards = new HashMap<>();
            orEmpty(levelRoleRewards).forEach(reward -> roleRewards.put(reward.level(), reward.roleId()));
            Map<String, String> segmentNames = new HashMap<>();
            orEmpty(segments).forEach(segment -> segmentNames.put(segment.roleId(), segment.name()));
            return new CommunitySettings(curve(levelCurve), streakGraceDays,
                    noXpChannels == null ? Set.of() : noXpChannels, noXpRoles == null ? Set.of() : noXpRoles,
                    roleRewards, segmentNames);
        }
    }

    public record RulesView(String timeZone, LevelCurveBody levelCurve, int streakGraceDays, List<ActionRuleView> actions,
                            List<Multiplier> multipliers, List<String> noXpChannels, List<String> noXpRoles,
                            List<LevelRoleReward> levelRoleRewards, List<Segment> segments) {
        static RulesView of(CommunityRules rules) {
            return new RulesView(rules.zone().getId(),
                    new LevelCurveBody(rules.curve().a(), rules.curve().b(), rules.curve().c()),
                    rules.streakGraceDays(),
                    rules.actions().values().stream().sorted(Comparator.comparing(ActionRule::action))
                            .map(ActionRuleView::of).toList(),
                    rules.multipliers(), rules.noXpChannels().stream().sorted().toList(),
                    rules.noXpRoles().stream().sorted().toList(),
                    rules.levelRoleRewards().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new LevelRoleReward(e.getKey(), e.getValue())).toList(),
                    rules.segments().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new Segment(e.getKey(), e.getValue())).toList());
        }
    }

    @GET
    @Operation(summary = "Every rule of the community: actions, multipliers, no-XP places, level curve and roles, segments")
    public RulesView get(@PathParam("communityId") String communityId) {
        return RulesView.of(rules.require(communityId));
    }

    @PUT
    @Path("/actions/{action}")
    @Operation(summary = "Set what an action is worth: points (or a min-max range), cooldown, daily cap, on/off")
    public ActionRuleView saveAction(@PathParam("communityId") String communityId, @PathParam("action") String action,
                                     @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull ActionRuleBody body) {
        ActionRule rule = body.toRule(action);
        editor.saveAction(communityId, rule, Actors.require(actor));
        return ActionRuleView.of(rule);
    }

    @DELETE
    @Path("/actions/{action}")
    @Operation(summary = "Remove an action; its events are then dead-lettered as unknown")
    public Response deleteAction(@PathParam("communityId") String communityId, @PathParam("action") String action,
                                 @HeaderParam(Actors.HEADER) String actor) {
        editor.deleteAction(communityId, action, Actors.require(actor));
        return Response.noContent().build();
    }

    @POST
    @Path("/multipliers")
    @Operation(summary = "Add a role boost or a time-boxed event such as double XP")
    public Response addMultiplier(@PathParam("communityId") String communityId,
                                  @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull MultiplierBody body) {
        Multiplier multiplier = new Multiplier(UUID.randomUUID(), body.name(), body.factor(), body.roleId(),
                body.startsAt(), body.endsAt());
        editor.addMultiplier(communityId, multiplier, Actors.require(actor));
        return Response.status(201).entity(multiplier).build();
    }

    @DELETE
    @Path("/multipliers/{id}")
    @Operation(summary = "End a multiplier")
    public Response deleteMultiplier(@PathParam("communityId") String communityId, @PathParam("id") UUID id,
                                     @HeaderParam(Actors.HEADER) String actor) {
        editor.deleteMultiplier(communityId, id, Actors.require(actor));
        return Response.noContent().build();
    }

    @PUT
    @Path("/settings")
    @Operation(summary = "Replace the level curve, level role rewards, streak grace, no-XP channels/roles and segments")
    public RulesView saveSettings(@PathParam("communityId") String communityId,
                                  @HeaderParam(Actors.HEADER) String actor, @Valid @NotNull SettingsBody body) {
        editor.saveSettings(communityId, body.toSettings(), Actors.require(actor));
        return RulesView.of(rules.require(communityId));
    }

    private static LevelCurve curve(LevelCurveBody body) {
        try {
            return new LevelCurve(body.quadratic(), body.linear(), body.base());
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException("levelCurve", e.getMessage());
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
