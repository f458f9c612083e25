package dev.engagehub.gateway.portal;

import static dev.engagehub.gateway.client.ServicePaths.community;
import static dev.engagehub.gateway.client.ServicePaths.id;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The review queue: claims waiting for a decision and redemptions waiting for approval or shipping. The page
 * refreshes its queue every few seconds, so two admins see each other's decisions.
 */
@Path("/portal/c/{c}/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {
    private final Backend backend;
    private final Pages pages;
    private final PortalUser user;

    ReviewPage(Backend backend, Pages pages, PortalUser user) {
        this.backend = backend;
        this.pages = pages;
        this.user = user;
    }

    @GET
    public Response page(@PathParam("c") String c, @RestQuery String done) {
        user.caller().requireAdmin(c);
        return show(200, c, done, Map.of(), Map.of());
    }

    /** Only the queue, for the page's live refresh. */
    @GET
    @Path("/queue")
    public Response queue(@PathParam("c") String c) {
        user.caller().requireAdmin(c);
        return pages.fragment("review-queue", queueData(c, Map.of(), Map.of()));
    }

    @POST
    @Path("/submissions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("c") String c, @PathParam("id") String submission,
                           MultivaluedMap<String, String> values) {
        user.caller().requireAdmin(c);
        Form form = new Form(values);
        String decision = form.required("decision", "A decision");
        String reason = form.text("reason");
        if ("REJECTED".equals(decision) && reason == null) {
            form.error("reason", "Say why it is rejected: the member reads this.");
        }
        if (reason != null && reason.length() > 500) {
            form.error("reason", "Keep the reason under 500 characters.");
        }
        if (form.valid()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("decision", decision);
            body.put("reason", reason);
            Outcome outcome = backend.write(Service.POINTS, HttpMethod.POST,
                    community(c, "submissions", id("id", submission), "review"), user.id(), body, Map.of());
            if (outcome.ok()) {
                return Pages.done(base(c), "APPROVED".equals(decision) ? "Claim approved: points granted."
                        : "Claim rejected; the member is told why.");
            }
            form.errors(outcome.fieldErrors());
            form.error("reason", outcome.message());
        }
        return show(422, c, null, Map.of(submission, form.errors()), Map.of(submission, form.values()));
    }

    @POST
    @Path("/redemptions/{id}/{action: approve|reject|ship}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redemption(@PathParam("c") String c, @PathParam("id") String redemption,
                               @PathParam("action") String action, MultivaluedMap<String, String> values) {
        user.caller().requireAdmin(c);
        Form form = new Form(values);
        Map<String, Object> body = new LinkedHashMap<>();
        if (action.equals("reject")) {
            body.put("reason", form.required("reason", "A reason"));
        } else if (action.equals("ship")) {
            body.put("shippingStatus", form.required("shippingStatus", "The carrier and tracking"));
        }
        if (form.valid()) {
            Outcome outcome = backend.write(Service.REWARDS, HttpMethod.POST,
                    community(c, "redemptions", id("id", redemption), action), user.id(),
                    action.equals("approve") ? null : body, Map.of());
            if (outcome.ok()) {
                return Pages.done(base(c), switch (action) {
                    case "approve" -> "Redemption approved.";
                    case "ship" -> "Marked as shipped; the member is told.";
                    default -> "Redemption rejected and the points refunded.";
                });
            }
            form.errors(outcome.fieldErrors());
            form.error(action.equals("ship") ? "shippingStatus" : "reason", outcome.message());
        }
        return show(422, c, null, Map.of(redemption, form.errors()), Map.of(redemption, form.values()));
    }

    private Response show(int status, String c, String done, Map<String, Map<String, String>> errors,
                          Map<String, Map<String, String>> typed) {
        Map<String, Object> data = queueData(c, errors, typed);
        data.put("done", done);
        return pages.page(status, "review", c, user, data);
    }

    private Map<String, Object> queueData(String c, Map<String, Map<String, String>> errors,
                                          Map<String, Map<String, String>> typed) {
        Map<String, Object> data = new HashMap<>();
        data.put("community", c);
        data.put("submissions", items(backend.read(Service.POINTS, community(c, "submissions"),
                Map.of("status", "PENDING"), user.id()), errors, typed));
        data.put("redemptions", items(backend.read(Service.REWARDS, community(c, "redemptions"), Map.of(),
                user.id()), errors, typed));
        return data;
    }

    /**
     * Each item with what was typed into its forms and what was wrong with it, and an evidence link only for a
     * web address (never a {@code javascript:} URL in an admin's page).
     */
    private static List<Map<String, Object>> items(Object list, Map<String, Map<String, String>> errors,
                                                   Map<String, Map<String, String>> typed) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Object item : (List<?>) list) {
            Map<String, Object> shownItem = new HashMap<>();
            ((Map<?, ?>) item).forEach((key, value) -> shownItem.put(key.toString(), value));
            String id = String.valueOf(shownItem.get("id"));
            Object url = shownItem.get("evidenceUrl");
            shownItem.put("link", url != null && url.toString().matches("(?i)https?://\\S+") ? url : null);
            shownItem.put("errors", errors.getOrDefault(id, Map.of()));
            shownItem.put("typed", typed.getOrDefault(id, Map.of()));
            shown.add(shownItem);
        }
        return shown;
    }

    static String base(String c) {
        return "/portal/c/" + c + "/review";
    }
}
