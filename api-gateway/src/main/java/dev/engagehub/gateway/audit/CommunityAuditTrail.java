package dev.engagehub.gateway.audit;

import static dev.engagehub.gateway.client.ServicePaths.community;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engagehub.gateway.client.Upstream;
import dev.engagehub.gateway.client.Upstreams;
import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.csv.Csv;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A community's audit trail, newest first: the gateway's own (partners, links, partner activity) with
 * points-service's (rules, adjustments, reviews) and rewards-service's (catalog, codes, approvals).
 */
@ApplicationScoped
public class CommunityAuditTrail {
    public static final int MAX_ENTRIES = 1_000;
    private static final Duration WAIT = Duration.ofSeconds(6);

    @TemplateData
    public record AuditEntry(String source, String actorId, String action, String subject, String details,
                             Instant at) {
    }

    private final AuditLog audit;
    private final Map<String, Upstream> services;
    private final ObjectMapper json;

    CommunityAuditTrail(AuditLog audit, @Named(Upstreams.POINTS) Upstream points,
                        @Named(Upstreams.REWARDS) Upstream rewards, ObjectMapper json) {
        this.audit = audit;
        this.services = Map.of(Upstreams.POINTS, points, Upstreams.REWARDS, rewards);
        this.json = json;
    }

    /** The latest {@code limit} entries (1 to {@value #MAX_ENTRIES}) from every source; blocks. */
    public List<AuditEntry> latest(String communityId, int limit, String actorId) {
        int wanted = Math.max(1, Math.min(limit, MAX_ENTRIES));
        List<AuditEntry> entries = new ArrayList<>();
        audit.latest(communityId, Long.MAX_VALUE, wanted).forEach(entry -> entries.add(new AuditEntry("api-gateway",
                entry.actorId(), entry.action(), entry.subject(), entry.details(), entry.at())));
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("limit", String.valueOf(wanted));
        services.forEach((name, service) -> {
            Response upstream = service.get(community(communityId, "audit"), query, actorId).await().atMost(WAIT);
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
        return entries.subList(0, Math.min(wanted, entries.size()));
    }

    /** The entries as a CSV download. */
    public static Response csv(String communityId, List<AuditEntry> entries) {
        StreamingOutput body = output -> {
            PrintWriter csv = new PrintWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            csv.println("at,source,actor,action,subject,details");
            entries.forEach(entry -> csv.println(String.join(",", entry.at().toString(), Csv.cell(entry.source()),
                    Csv.cell(entry.actorId()), Csv.cell(entry.action()), Csv.cell(entry.subject()),
                    Csv.cell(entry.details()))));
            csv.flush();
        };
        return Response.ok(body, "text/csv")
                .header("Content-Disposition", "attachment; filename=\"audit-" + communityId + ".csv\"").build();
    }
}
