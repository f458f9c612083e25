package dev.engagehub.gateway.portal;

import static dev.engagehub.gateway.client.ServicePaths.community;

import dev.engagehub.gateway.audit.CommunityAuditTrail;
import dev.engagehub.gateway.audit.CommunityAuditTrail.AuditEntry;
import dev.engagehub.gateway.portal.Backend.Service;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestQuery;

/** CSV downloads of the community's data, and its audit trail with filters. */
@Path("/portal/c/{c}")
@Produces(MediaType.TEXT_HTML)
public class ExportsPage {
    static final List<String> EXPORTS = List.of("ledger", "members", "redemptions", "submissions");
    static final List<String> SOURCES = List.of("api-gateway", "points-service", "rewards-service");

    private final Backend backend;
    private final CommunityAuditTrail trail;
    private final Pages pages;
    private final PortalUser user;

    ExportsPage(Backend backend, CommunityAuditTrail trail, Pages pages, PortalUser user) {
        this.backend = backend;
        this.trail = trail;
        this.pages = pages;
        this.user = user;
    }

    @GET
    @Path("/exports")
    public Response page(@PathParam("c") String c, @RestQuery String q, @RestQuery String source,
                         @RestQuery String from, @RestQuery String to) {
        user.caller().requireAdmin(c);
        Map<String, Object> data = new HashMap<>();
        data.put("exports", EXPORTS);
        data.put("sources", SOURCES);
        data.put("q", q == null ? "" : q);
        data.put("source", source == null ? "" : source);
        data.put("from", from == null ? LocalDate.now().minusDays(29).toString() : from);
        data.put("to", to == null ? LocalDate.now().toString() : to);
        data.put("entries", filtered(c, q, source, 200));
        return pages.page(200, "exports", c, user, data);
    }

    @GET
    @Path("/exports/{name: ledger|members|redemptions|submissions}.csv")
    @Produces("text/csv")
    public RestMulti<byte[]> download(@PathParam("c") String c, @PathParam("name") String name,
                                      @RestQuery String from, @RestQuery String to) {
        user.caller().requireAdmin(c);
        return backend.stream(Service.ANALYTICS, community(c, "exports", name + ".csv"),
                Map.of("from", from == null ? "" : from, "to", to == null ? "" : to), user.id());
    }

    @GET
    @Path("/audit.csv")
    @Produces("text/csv")
    public Response auditCsv(@PathParam("c") String c, @RestQuery String q, @RestQuery String source) {
        user.caller().requireAdmin(c);
        return CommunityAuditTrail.csv(c, filtered(c, q, source, CommunityAuditTrail.MAX_ENTRIES));
    }

    /** The latest entries that mention {@code q} (actor, action, subject or details) from {@code source}. */
    private List<AuditEntry> filtered(String c, String q, String source, int limit) {
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return trail.latest(c, CommunityAuditTrail.MAX_ENTRIES, user.id()).stream()
                .filter(entry -> source == null || source.isBlank() || entry.source().equals(source))
                .filter(entry -> text.isEmpty() || String.join(" ", entry.actorId(), entry.action(), entry.subject(),
                        entry.details() == null ? "" : entry.details()).toLowerCase(Locale.ROOT).contains(text))
                .limit(limit).toList();
    }
}
