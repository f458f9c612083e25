package dev.engagehub.rewards.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * What rewards-service reads from points-service: a member's balance, level and badges. A slow or failing
 * points-service costs a request at most the timeout, and after repeated failures none at all (open circuit).
 */
@RegisterRestClient(configKey = "points-service")
@Path("/api/v1/communities/{communityId}/members/{memberId}")
public interface PointsServiceClient {
    record Points(long balance, int level) {
    }

    record Badge(String key) {
    }

    @GET
    @Path("/points")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    Points points(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId);

    @GET
    @Path("/badges")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    List<Badge> badges(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId);
}
