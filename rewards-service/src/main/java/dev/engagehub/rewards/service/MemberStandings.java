package dev.engagehub.rewards.service;

import dev.engagehub.rewards.client.PointsServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** A member's balance, level and badges as points-service knows them, or empty when it cannot tell us now. */
@ApplicationScoped
public class MemberStandings {
    private static final Logger LOG = Logger.getLogger(MemberStandings.class);

    public record Standing(long balance, int level, Set<String> badges) {
    }

    private final PointsServiceClient points;

    MemberStandings(@RestClient PointsServiceClient points) {
        this.points = points;
    }

    /** @param withBadges whether to ask for badges too (a second call, made only when a reward needs one) */
    public Optional<Standing> find(String communityId, String memberId, boolean withBadges) {
        try {
            PointsServiceClient.Points balance = points.points(communityId, memberId);
            Set<String> badges = withBadges ? points.badges(communityId, memberId).stream()
                    .map(PointsServiceClient.Badge::key).collect(Collectors.toSet()) : Set.of();
            return Optional.of(new Standing(balance.balance(), balance.level(), badges));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.of(new Standing(0, 0, Set.of()));
            }
            LOG.warnf("points-service answered %d for %s/%s", e.getResponse().getStatus(), communityId, memberId);
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warnf("points-service unavailable for %s/%s: %s", communityId, memberId, e.toString());
            return Optional.empty();
        }
    }
}
