package dev.engagehub.gateway.portal;

import static dev.engagehub.gateway.client.ServicePaths.community;

import dev.engagehub.gateway.portal.Backend.Outcome;
import dev.engagehub.gateway.portal.Backend.Service;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** The community at a glance: activity, points, funnel, retention, heatmap, top members and members at risk. */
@Path("/portal/c/{c}")
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {
    static final List<Integer> PERIODS = List.of(7, 30, 90);
    private static final int RETENTION_WEEKS = 8;

    private final Backend backend;
    private final Pages pages;
    private final PortalUser user;

    OverviewPage(Backend backend, Pages pages, PortalUser user) {
        this.backend = backend;
        this.pages = pages;
        this.user = user;
    }

    @GET
    public Response overview(@PathParam("c") String c, @RestQuery Integer days, @RestQuery String done) {
        user.caller().requireAdmin(c);
        Map<String, Object> community = backend.community(c, user.id());
        int period = days != null && PERIODS.contains(days) ? days : 30;
        String zone = String.valueOf(community.get("timeZone"));
        LocalDate to = LocalDate.now(ZoneId.of(zone));
        Map<String, String> range = Map.of("from", to.minusDays(period - 1L).toString(), "to", to.toString(),
                "tz", zone);

        Map<String, Object> data = new HashMap<>();
        data.put("name", community.get("name"));
        data.put("days", period);
        data.put("periods", PERIODS);
        data.put("done", done);
        Map<String, Object> reports = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (String report : List.of("activity", "points", "overview", "funnel", "heatmap", "members-at-risk")) {
            Outcome outcome = backend.readOutcome(Service.ANALYTICS, community(c, "analytics", report), range,
                    user.id());
            if (outcome.ok()) {
                reports.put(report, outcome.body());
            } else {
                failures.add(report + ": " + outcome.message());
            }
        }
        Outcome retention = backend.readOutcome(Service.ANALYTICS, community(c, "analytics", "retention"),
                Map.of("weeks", String.valueOf(RETENTION_WEEKS), "tz", zone), user.id());
        Outcome top = backend.readOutcome(Service.POINTS, community(c, "leaderboards", "month"),
                Map.of("limit", "10"), user.id());
        data.put("failures", failures);
        data.put("overview", reports.getOrDefault("overview", Map.of()));
        data.put("atRisk", first(reports.get("members-at-risk"), 10));
        data.put("top", top.ok() ? ((Map<?, ?>) top.body()).get("entries") : List.of());
        data.put("charts", pages.scriptJson(Charts.overview(reports)));
        data.put("heatmap", Charts.heatmap(reports.get("heatmap")));
        data.put("cohorts", retention.ok() ? Charts.cohorts(retention.body()) : List.of());
        data.put("weeks", java.util.stream.IntStream.range(0, RETENTION_WEEKS).boxed().toList());
        data.put("zone", zone);
        return pages.page(200, "overview", c, user, data);
    }

    private static List<?> first(Object list, int count) {
        return list instanceof List<?> items ? items.subList(0, Math.min(count, items.size())) : List.of();
    }
}
