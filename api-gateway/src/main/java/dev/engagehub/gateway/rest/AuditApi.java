package dev.engagehub.gateway.rest;

import static dev.engagehub.gateway.rest.ServicePaths.community;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engagehub.gateway.client.Upstream;
import dev.engagehub.gateway.client.Upstreams;
import dev.engagehub.gateway.security.Caller;
import dev.engagehub.gateway.security.Roles;
import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.csv.Csv;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Named;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The community's audit trail, newest first: the gateway's own (partners, links, partner activity) with
 * points-service's (rules, adjustments, reviews) and rewards-service's (catalog, codes, approvals), as JSON or CSV.
 */
@Path("/api/v1/communities/{communityId}")
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
@SecurityRequirement(name = "jwt")
public class AuditApi {
    private static final Duration WAIT = Duration.ofSeconds(6);

    public record AuditEntry(String source, String actorId, String action, String subject, String details,
                             Instant at) {
    }

    private final AuditLog audit;
    private final Map<String, Upstream> services;
    private final Caller caller;
    private final ObjectMapper json;

    AuditApi(AuditLog audit, @Named(Upstreams.POINTS) Upstream points, @Named(Upstreams.REWARDS) Upstream rewards,
             Caller caller, ObjectMapper json) {
        this.audit = audit;
        this.services = Map.of(Upstreams.POINTS, points, Upstreams.REWARDS, rewards);
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Path("/audit")
    @Blocking
    @Operation(summary = "Admin: who changed what, newest first, from every service (?limit=, up to 1000)")
    public List<AuditEntry> entries(@PathParam("communityId") String c,
                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        caller.requireAdmin(c);
        return merged(c, Math.max(1, Math.min(limit, 1_000)));
    }

    @GET
    @Path("/audit.csv")
    @Blocking
    @Produces("text/csv")
    @Operation(summary = "Admin: the same trail as a CSV download (?limit=, up to 1000)")
    public Response csv(@PathParam("communityId") String c, @QueryParam("limit") @DefaultValue("1000") int limit) {
        caller.requireAdmin(c);
        List<AuditEntry> entries = merged(c, Math.max(1, Math.min(limit, 1_000)));
        StreamingOutput body = output -> {
            PrintWriter csv = new PrintWriter(new java.io.OutputStreamWriter(output, StandardCharsets.UTF_8));
            csv.println("at,source,actor,action,subject,details");
            entries.forEach(entry -> csv.println(String.join(",", entry.at().toString(), Csv.cell(entry.source()),
                    Csv.cell(entry.actorId()), Csv.cell(entry.action()), Csv.cell(entry.subject()), Csv.cell(entry.details()))));
            csv.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"audit-" + c + ".csv\"").build();
    }

    private List<AuditEntry> merged(String c, int limit) {
        List<AuditEntry> entries = new ArrayList<>();
        audit.latest(c, Long.MAX_VALUE, limit).forEach(entry -> entries.add(new AuditEntry("api-gateway",
                entry.actorId(), entry.action(), entry.subject(), entry.details(), entry.at())));
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("limit", String.valueOf(limit));
        services.forEach((name, service) -> {
            Response upstream = service.get(community(c, "audit"), query, caller.id()).await().atMost(WAIT);
            if (upstream.getStatus() != 200) {
                return;
            }
            try {
                for (JsonNode entry : json.readTree((String) upstream.getEntity())) {
                    entries.add(new AuditEntry(name, entry.path("actorId").asText(), entry.path("action").asText(),
                            entry.path("subject").asText(), entry.path("details").asText(null),
                            Instant.parse(entry.path("at").asText())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        entries.sort(Comparator.comparing(AuditEntry::at).reversed());
        return entries.subList(0, Math.min(limit, entries.size()));
    }
}
