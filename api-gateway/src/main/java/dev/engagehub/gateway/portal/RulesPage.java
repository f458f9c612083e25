package dev.engagehub.gateway.portal;

import static dev.engagehub.gateway.client.ServicePaths.community;
import static dev.engagehub.gateway.client.ServicePaths.id;

import dev.engagehub.events.Identifiers;
import dev.engagehub.gateway.portal.Backend.Outcome;
import dev.engagehub.gateway.portal.Backend.Service;
import io.vertx.core.http.HttpMethod;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The rules of the game: what each action is worth, multipliers and double-XP events, the level curve and
 * role rewards, segments, and the badges, challenges and claim templates on offer.
 */
@Path("/portal/c/{c}/rules")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class RulesPage {
    private static final List<String> SECTIONS = List.of("actions", "multipliers", "settings", "challenges", "badges",
            "templates");
    static final List<String> GOAL_KINDS = List.of("ACTION_COUNT", "POINTS_EARNED", "APPROVED_SUBMISSIONS");
    static final List<String> BADGE_KINDS = List.of("LEVEL", "STREAK_DAYS", "LIFETIME_XP", "ACTION_COUNT",
            "APPROVED_SUBMISSIONS", "CHALLENGES_COMPLETED", "MONTHLY_TOP", "MANUAL");
    static final List<String> CATEGORIES = List.of("EVENTS", "CONTENT", "ADVOCACY", "LEARNING");
    static final List<String> EVIDENCE = List.of("URL", "TEXT", "EITHER");

    private final Backend backend;
    private final Pages pages;
    private final PortalUser user;

    RulesPage(Backend backend, Pages pages, PortalUser user) {
        this.backend = backend;
        this.pages = pages;
        this.user = user;
    }

    @GET
    @Consumes(MediaType.WILDCARD)
    public Response page(@PathParam("c") String c, @RestQuery String done) {
        user.caller().requireAdmin(c);
        return show(200, c, done, null, new Form(new jakarta.ws.rs.core.MultivaluedHashMap<>()));
    }

    @POST
    @Path("/actions")
    public Response saveAction(@PathParam("c") String c, MultivaluedMap<String, String> values) {
        user.caller().requireAdmin(c);
        Form form = new Form(values);
        String action = form.required("action", "An action");
        if (action != null && !Identifiers.isValid(action)) {
            form.error("action", "An action is " + Identifiers.RULE + ".");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("minPoints", form.requiredNumber("minPoints", "Points", 0, 1_000_000));
        body.put("maxPoints", form.number("maxPoints", "Most points", 0, 1_000_000));
        body.put("cooldownSeconds", form.number("cooldownSeconds", "The cooldown", 0, 31_536_000));
        body.put("dailyCap", form.number("dailyCap", "The daily cap", 1, 1_000_000));
        body.put("enabled", form.checked("enabled"));
        return save(c, "actions", form, () -> backend.write(Service.POINTS, HttpMethod.PUT,
                community(c, "rules", "actions", action), user.id(), body, Map.of()), "Action '" + action + "' saved.");
    }

    @POST
    @Path("/multipliers")
    public Response addMultiplier(@PathParam("c") String c, MultivaluedMap<String, String> values) {
        user.caller().requireAdmin(c);
        Form form = new Form(values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", form.required("name", "A name"));
        String factor = form.required("factor", "A factor");
        if (factor != null && !factor.matches("\\d{1,2}(\\.\\d{1,2})?")) {
            form.error("factor", "The factor is a number such as 2 or 1.5 (at most 10).");
        }
        body.put("factor", factor == null ? null : new java.math.BigDecimal(factor.matches("\\d{1,2}(\\.\\d{1,2})?")
                ? factor : "0"));
        body.put("roleId", form.text("roleId"));
        body.put("startsAt", form.dateTime("startsAt", "The start"));
        body.put("endsAt", form.dateTime("endsAt", "The end"));
        return save(c, "multipliers", form, () -> backend.write(Service.POINTS, HttpMethod.POST,
                community(c, "rules", "multipliers"), user.id(), body, Map.of()), "Multiplier added.");
    }

    @POST
    @Path("/multipliers/{id}/delete")
    public Response deleteMultiplier(@PathParam("c") String c, @PathParam("id") String multiplier) {
        user.caller().requireAdmin(c);
        Outcome outcome = backend.write(Service.POINTS, HttpMethod.DELETE,
                community(c, "rules", "multipliers", id("id", multiplier)), user.id(), null, Map.of());
        if (!outcome.ok()) {
            throw new PortalException(outcome.status(), outcome.message());
        }
        return Pages.done(base(c), "Multiplier removed.");
    }

    @POST
    @Path("/settings")
    public Response saveSettings(@PathParam("c") String c, MultivaluedMap<String, String> values) {
        user.caller().requireAdmin(c);
        Form form = new Form(values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("levelCurve", Map.of("quadratic", orZero(form.requiredNumber("quadratic", "The squared term", 0,
                1_000_000)), "linear", orZero(form.requiredNumber("linear", "The linear term", 0, 1_000_000)),
                "base", orZero(form.requiredNumber("base", "The base", 1, 1_000_000))));
        body.put("streakGraceDays", orZero(form.requiredNumber("streakGraceDays", "Grace days", 0, 7)));
        body.put("noXpChannels", list(form.text("noXpChannels")));
        body.put("noXpRoles", list(form.text("noXpRoles")));
        List<Map<String, Object>> levelRoles = new ArrayList<>();
        pairs(form, "levelRoleRewards").forEach((level, role) -> {
            if (!level.matches("\\d{1,4}")) {
                form.error("levelRoleRewards", "Write one 'level = role id' per line, such as '10 = 1234'.");
            } else {
                levelRoles.add(Map.of("level", Integer.parseInt(level), "roleId", role));
            }
        });
        body.put("levelRoleRewards", levelRoles);
        List<Map<String, Object>> segments = new ArrayList<>();
        pairs(form, "segments").forEach((role, name) -> segments.add(Map.of("roleId", role, "name", name)));
        body.put("segments", segments);
        return save(c, "settings", form, () -> backend.write(Service.POINTS, HttpMethod.PUT,
                community(c, "rules", "settings"), user.id(), body, Map.of()), "Settings saved.");
    }

    @POST
    @Path("/challenges")
    public Response saveChallenge(@PathParam("c") String c, MultivaluedMap<String, String> values) {
        user.caller().requireAdmin(c);
        Form form = new Form(values);
        Map<String, Object> body = named(form);
        body.put("goalKind", choice(form, "goalKind", "A goal", GOAL_KINDS));
        body.put("subject", form.text("subject"));
        body.put("goal", orZero(form.requiredNumber("goal", "The goal", 1, 1_000_000_000)));
        body.put("startsAt", required(form, form.dateTime("startsAt", "The start"), "startsAt", "The start"));
        body.put("endsAt", required(form, form.dateTime("endsAt", "The end"), "endsAt", "The end"));
        body.put("rewardPoints", orZero(form.number("rewardPoints", "Reward points", 0, 1_000_000)));
        body.put("rewardBadgeKey", form.text("rewardBadgeKey"));
        body.put("cohortRoleId", form.text("cohortRoleId"));
        body.put("communityWide", form.checked("communityWide"));
        return saveProgramme(c, "challenges", "challenges", "Challenge", form, body);
    }

    @POST
    @Path("/badges")
    public Response saveBadge(@PathParam("c") String c, MultivaluedMap<String, String> values) {
        user.caller().requireAdmin(c);
        Form form = new Form(values);
        Map<String, Object> body = named(form);
        body.put("kind", choice(form, "kind", "A kind", BADGE_KINDS));
        body.put("threshold", orZero(form.number("threshold", "The threshold", 0, 1_000_000_000)));
        body.put("subject", form.text("subject"));
        return saveProgramme(c, "badges", "badges", "Badge", form, body);
    }

    @POST
    @Path("/templates")
    public Response saveTemplate(@PathParam("c") String c, MultivaluedMap<String, String> values) {
        user.caller().requireAdmin(c);
        Form form = new Form(values);
        Map<String, Object> body = named(form);
        body.put("category", choice(form, "category", "A category", CATEGORIES));
        body.put("points", orZero(form.requiredNumber("points", "Points", 1, 100_000)));
        body.put("evidence", choice(form, "evidence", "The evidence", EVIDENCE));
        body.put("maxPerMember", form.number("maxPerMember", "The limit per member", 1, 10_000));
        body.put("enabled", form.checked("enabled"));
        return saveProgramme(c, "templates", "submission-templates", "Submission template", form, body);
    }

    /** A badge, challenge or claim template, saved under the key the form names. */
    private Response saveProgramme(String c, String section, String programme, String label, Form form,
                                   Map<String, Object> body) {
        String key = form.required("key", "A key");
        if (key != null && !Identifiers.isValid(key)) {
            form.error("key", "A key is " + Identifiers.RULE + ".");
        }
        return save(c, section, form, () -> backend.write(Service.POINTS, HttpMethod.PUT,
                community(c, programme, key), user.id(), body, Map.of()), label + " '" + key + "' saved.");
    }

    private static Map<String, Object> named(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", form.required("name", "A name"));
        body.put("description", form.text("description"));
        return body;
    }

    private static String choice(Form form, String field, String label, List<String> choices) {
        String value = form.required(field, label);
        if (value != null && !choices.contains(value)) {
            form.error(field, "Choose one of the options listed.");
        }
        return value;
    }

    private Response save(String c, String section, Form form, java.util.function.Supplier<Outcome> write,
                          String done) {
        if (form.valid()) {
            Outcome outcome = write.get();
            if (outcome.ok()) {
                return Pages.done(base(c), done);
            }
            outcome.fieldErrors().forEach((field, message) -> form.error(field.replaceAll("^.*\\.", ""), message));
            if (outcome.fieldErrors().isEmpty()) {
                form.error(section, outcome.message());
            }
        }
        return show(422, c, null, section, form);
    }

    /** Each section's form has its own values and messages: the one just posted keeps what was typed. */
    private Response show(int status, String c, String done, String section, Form form) {
        Map<String, Object> data = new HashMap<>();
        Map<?, ?> rules = (Map<?, ?>) backend.read(Service.POINTS, community(c, "rules"), Map.of(), user.id());
        data.put("rules", rules);
        for (String programme : List.of("badges", "challenges", "submission-templates")) {
            data.put(programme.replace("-", ""), backend.read(Service.POINTS, community(c, programme), Map.of(),
                    user.id()));
        }
        for (String each : SECTIONS) {
            data.put(each + "Form", Map.of());
            data.put(each + "Errors", Map.of());
        }
        data.put("actionsForm", Map.of("enabled", "on"));
        data.put("templatesForm", Map.of("enabled", "on"));
        data.put("badgeKinds", BADGE_KINDS);
        data.put("categories", CATEGORIES);
        data.put("evidenceKinds", EVIDENCE);
        data.put("settingsForm", settingsForm(rules));
        if (section != null) {
            data.put(section + "Form", form.values());
            data.put(section + "Errors", form.errors());
        }
        data.put("goalKinds", GOAL_KINDS);
        data.put("done", done);
        return pages.page(status, "rules", c, user, data);
    }

    private static Map<String, Object> settingsForm(Map<?, ?> rules) {
        Map<?, ?> curve = (Map<?, ?>) rules.get("levelCurve");
        Map<String, Object> form = new HashMap<>();
        form.put("quadratic", curve.get("quadratic"));
        form.put("linear", curve.get("linear"));
        form.put("base", curve.get("base"));
        form.put("streakGraceDays", rules.get("streakGraceDays"));
        form.put("noXpChannels", String.join(", ", strings(rules.get("noXpChannels"))));
        form.put("noXpRoles", String.join(", ", strings(rules.get("noXpRoles"))));
        form.put("levelRoleRewards", lines((List<?>) rules.get("levelRoleRewards"), "level", "roleId"));
        form.put("segments", lines((List<?>) rules.get("segments"), "roleId", "name"));
        return form;
    }

    private static Object required(Form form, Object value, String field, String label) {
        if (value == null && form.text(field) == null) {
            form.error(field, label + " is required.");
        }
        return value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Map<String, String> pairs(Form form, String field) {
        Map<String, String> pairs = new LinkedHashMap<>();
        String text = form.text(field);
        if (text == null) {
            return pairs;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                form.error(field, "Write one 'key = value' per line; '" + line.strip() + "' is not.");
            } else {
                pairs.put(parts[0].strip(), parts[1].strip());
            }
        }
        return pairs;
    }

    private static String lines(List<?> rows, String left, String right) {
        return rows.stream().map(row -> ((Map<?, ?>) row).get(left) + " = " + ((Map<?, ?>) row).get(right))
                .collect(Collectors.joining("\n"));
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(Object::toString).toList();
    }

    static String base(String c) {
        return "/portal/c/" + c + "/rules";
    }
}
