package dev.engagehub.gateway.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engagehub.gateway.client.Upstream;
import dev.engagehub.gateway.client.Upstreams;
import dev.engagehub.kit.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The actions a community has rules for, read from points-service and kept for a short while, so activity for
 * an action nobody set up is refused at the door (422) instead of being dead-lettered later.
 */
@ApplicationScoped
public class KnownActions {
    private static final Duration FRESH_FOR = Duration.ofSeconds(30);
    private static final Duration WAIT = Duration.ofSeconds(6);

    private record Known(Set<String> actions, Instant readAt) {
    }

    private final Upstream points;
    private final ObjectMapper json;
    private final Map<String, Known> cache = new ConcurrentHashMap<>();

    KnownActions(@Named(Upstreams.POINTS) Upstream points, ObjectMapper json) {
        this.points = points;
        this.json = json;
    }

    /** Refuses an action the community has no rule for; a miss re-reads the rules, which may have just changed. */
    public void require(String communityId, String action) {
        if (!actions(communityId, false).contains(action) && !actions(communityId, true).contains(action)) {
            throw new ProblemException(422, "unknown-action", "Unknown action",
                    "Community '" + communityId + "' has no rule for action '" + action + "'; an admin adds one with "
                            + "PUT /api/v1/communities/" + communityId + "/rules/actions/" + action + ".");
        }
    }

    private Set<String> actions(String communityId, boolean reread) {
        Known known = cache.get(communityId);
        if (!reread && known != null && known.readAt().plus(FRESH_FOR).isAfter(Instant.now())) {
            return known.actions();
        }
        var response = points.get("/api/v1/communities/" + communityId + "/rules", null, "api-gateway")
                .await().atMost(WAIT);
        if (response.getStatus() == 404) {
            throw new ProblemException(422, "unknown-community", "Unknown community",
                    "Community '" + communityId + "' does not exist.");
        }
        if (response.getStatus() != 200) {
            throw new ProblemException(503, "upstream-unavailable", "points-service unavailable",
                    "The community's rules could not be read; please retry.");
        }
        Set<String> actions = new HashSet<>();
        try {
            JsonNode rules = json.readTree((String) response.getEntity());
            rules.path("actions").forEach(rule -> {
                if (rule.path("enabled").asBoolean(true)) {
                    actions.add(rule.path("action").asText());
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("points-service sent unreadable rules", e);
        }
        cache.put(communityId, new Known(Set.copyOf(actions), Instant.now()));
        return actions;
    }
}
