package dev.engagehub.rewards.service;

import dev.engagehub.rewards.client.PointsServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** A member's balance, level and badges as points-service knows them, or empty when it cannot tell us now. */
@ApplicationScoped
public class MemberStandings {
    private static final Logger LOG = Logger.getLogger(MemberStandings.class);
    /** A little over the client's read timeout, in case the connection itself never answers. */
    private static final Duration WAIT = Duration.ofSeconds(3);

    public record Standing(long balance, int level, Set<String> badges) {
    }

    private final PointsServiceClient points;

    MemberStandings(@RestClient PointsServiceClient points) {
        this.points = points;
    }

    /** @param withBadges whether to ask for badges too (a second call, made only when a reward needs one) */
    public Optional<Standing> find(String communityId, String memberId, boolean withBadges) {
        try {
            Uni<Set<String>> badges = withBadges ? points.badges(communityId, memberId).map(held -> held.stream()
                    .map(PointsServiceClient.Badge::key).collect(Collectors.toSet())) : Uni.createFrom().item(Set.of());
            return Optional.of(Uni.combine().all().unis(points.points(communityId, memberId), badges)
                    .with((balance, held) -> new Standing(balance.balance(), balance.level(), held))
                    .await().atMost(WAIT));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.of(new Standing(0, 0, Set.of()));
            }
            LOG.warnf("points-service answered %d for %s/%s", e.getResponse().getStatus(), communityId, memberId);
            return Optional.empty();
        } catch (CircuitBreakerOpenException e) {
            LOG.debugf("points-service circuit open; %s/%s goes on without its standing", communityId, memberId);
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warnf("points-service unavailable for %s/%s: %s", communityId, memberId, e.toString());
            return Optional.empty();
        }
    }
}
