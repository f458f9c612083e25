package dev.engagehub.rewards.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * What rewards-service reads from points-service: a member's balance, level and badges. Non-blocking on
 * purpose: a blocking call parks a worker thread that the response itself may need, so a burst of requests
 * could starve the pool. The read timeout is configured; after repeated failures the circuit opens.
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
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    Uni<Points> points(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId);

    @GET
    @Path("/badges")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    Uni<List<Badge>> badges(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId);
}
