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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** Members: find one, see their points, ledger, badges, streak and redemptions, award or deduct by hand. */
@Path("/portal/c/{c}/members")
@Produces(MediaType.TEXT_HTML)
public class MembersPage {
    private final Backend backend;
    private final Pages pages;
    private final PortalUser user;

    MembersPage(Backend backend, Pages pages, PortalUser user) {
        this.backend = backend;
        this.pages = pages;
        this.user = user;
    }

    @GET
    public Response search(@PathParam("c") String c, @RestQuery String q) {
        user.caller().requireAdmin(c);
        Map<String, Object> data = new HashMap<>();
        data.put("q", q == null ? "" : q);
        data.put("members", backend.read(Service.POINTS, community(c, "members"), query("q", q, "limit", "50"),
                user.id()));
        return pages.page(200, "members", c, user, data);
    }

    @GET
    @Path("/{m}")
    public Response profile(@PathParam("c") String c, @PathParam("m") String member, @RestQuery String done) {
        user.caller().requireAdmin(c);
        return profile(200, c, member, done, Map.of(), Map.of());
    }

    /** Idempotent per form: the form carries its own key, so a double click or a resubmit applies once. */
    @POST
    @Path("/{m}/adjustments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response adjust(@PathParam("c") String c, @PathParam("m") String member,
                           MultivaluedMap<String, String> values) {
        user.caller().requireAdmin(c);
        Form form = new Form(values);
        Long points = form.requiredNumber("points", "Points", -1_000_000, 1_000_000);
        if (points != null && points == 0) {
            form.error("points", "Points must not be 0: positive awards, negative deducts.");
        }
        String reason = form.required("reason", "A reason");
        String key = form.required("idempotencyKey", "The form's key");
        if (form.valid()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("points", points);
            body.put("reason", reason);
            Outcome outcome = backend.write(Service.POINTS, HttpMethod.POST,
                    community(c, "members", id("memberId", member), "adjustments"), user.id(), body,
                    Map.of("Idempotency-Key", key));
            if (outcome.ok()) {
                return Pages.done("/portal/c/" + c + "/members/" + member, (points > 0 ? "Awarded " + points
                        : "Deducted " + -points) + " points.");
            }
            form.errors(outcome.fieldErrors());
            form.error("points", outcome.message());
        }
        return profile(422, c, member, null, form.values(), form.errors());
    }

    private Response profile(int status, String c, String member, String done, Map<String, String> typed,
                             Map<String, String> errors) {
        String path = id("memberId", member);
        Map<String, Object> data = new HashMap<>();
        data.put("member", member);
        data.put("points", backend.read(Service.POINTS, community(c, "members", path, "points"), Map.of(), user.id()));
        data.put("ledger", backend.read(Service.POINTS, community(c, "members", path, "ledger"),
                Map.of("limit", "50"), user.id()));
        data.put("badges", backend.read(Service.POINTS, community(c, "members", path, "badges"), Map.of(), user.id()));
        data.put("streak", backend.read(Service.POINTS, community(c, "members", path, "streak"), Map.of(), user.id()));
        Outcome redemptions = backend.readOutcome(Service.REWARDS, community(c, "members", path, "redemptions"),
                Map.of(), user.id());
        data.put("redemptions", redemptions.ok() ? redemptions.body() : java.util.List.of());
        data.put("form", typed);
        data.put("errors", errors);
        data.put("idempotencyKey", java.util.UUID.randomUUID().toString());
        data.put("done", done);
        return pages.page(status, "member", c, user, data);
    }

    private static Map<String, String> query(String... pairs) {
        Map<String, String> query = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                query.put(pairs[i], pairs[i + 1]);
            }
        }
        return query;
    }
}
