package dev.engagehub.gateway.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engagehub.gateway.client.ServicePaths;
import dev.engagehub.gateway.client.Upstream;
import dev.engagehub.gateway.client.Upstreams;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * The services as the portal's pages see them: JSON read into maps and lists for templates, and a write's
 * outcome with the service's own words for what was wrong, field by field.
 */
@ApplicationScoped
public class Backend {
    private static final Duration WAIT = Duration.ofSeconds(15);

    public enum Service { POINTS, REWARDS, ANALYTICS }

    /** A write's result: the body on success, or the problem's message and per-field messages. */
    public record Outcome(int status, Object body, String message, Map<String, String> fieldErrors) {
        public boolean ok() {
            return status < 300;
        }
    }

    private final Map<Service, Upstream> services;
    private final ObjectMapper json;

    Backend(@Named(Upstreams.POINTS) Upstream points, @Named(Upstreams.REWARDS) Upstream rewards,
            @Named(Upstreams.ANALYTICS) Upstream analytics, ObjectMapper json) {
        this.services = Map.of(Service.POINTS, points, Service.REWARDS, rewards, Service.ANALYTICS, analytics);
        this.json = json;
    }

    /** The community's name and time zone; a community that does not exist yet is a page that cannot be shown. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> community(String communityId, String actor) {
        return (Map<String, Object>) read(Service.POINTS, ServicePaths.community(communityId), Map.of(), actor);
    }

    /** A read that must succeed: the page cannot be shown otherwise. */
    public Object read(Service service, String path, Map<String, String> query, String actor) {
        Outcome outcome = readOutcome(service, path, query, actor);
        if (!outcome.ok()) {
            throw new PortalException(outcome.status(), outcome.message());
        }
        return outcome.body();
    }

    /** A read whose failure the page shows in place (say, analytics still catching up). */
    public Outcome readOutcome(Service service, String path, Map<String, String> query, String actor) {
        return outcome(services.get(service).get(path, params(query), actor).await().atMost(WAIT));
    }

    public Outcome write(Service service, HttpMethod method, String path, String actor, Object body,
                         Map<String, String> headers) {
        try {
            String text = body == null ? null : body instanceof String raw ? raw : json.writeValueAsString(body);
            String type = body instanceof String ? "text/csv" : "application/json";
            return outcome(services.get(service).send(method, path, actor, headers, body == null ? null : type, text)
                    .await().atMost(WAIT));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A download passed through as it arrives. */
    public RestMulti<byte[]> stream(Service service, String path, Map<String, String> query, String actor) {
        return services.get(service).stream(path, params(query), actor);
    }

    /** Query parameters with the blank ones left out (an empty form field means "not set"). */
    private static MultivaluedHashMap<String, String> params(Map<String, String> query) {
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        query.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                params.add(key, value);
            }
        });
        return params;
    }

    private Outcome outcome(Response response) {
        Object body = parse((String) response.getEntity());
        if (response.getStatus() < 300) {
            return new Outcome(response.getStatus(), body, null, Map.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String message = "The service answered " + response.getStatus() + ".";
        if (body instanceof Map<?, ?> problem) {
            Object detail = problem.get("detail");
            message = detail != null ? detail.toString() : String.valueOf(problem.get("title"));
            if (problem.get("errors") instanceof List<?> errors) {
                for (Object error : errors) {
                    if (error instanceof Map<?, ?> field) {
                        fields.put(String.valueOf(field.get("field")), String.valueOf(field.get("message")));
                    }
                }
            }
        }
        return new Outcome(response.getStatus(), body, message, fields);
    }

    private Object parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
