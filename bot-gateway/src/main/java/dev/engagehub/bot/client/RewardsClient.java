package dev.engagehub.bot.client;

import dev.engagehub.kit.rest.Actors;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** rewards-service as the bot uses it: a member's offers and redemptions, and the admins' approval queue. */
@RegisterRestClient(configKey = "rewards-service")
@Path("/api/v1/communities/{communityId}")
public interface RewardsClient {
    record Reward(String key, String name, String description, String kind, long cost, String imageUrl) {
    }

    record Offer(Reward reward, Long available, boolean affordable, boolean eligible, String blocker) {
    }

    record Offers(long balance, int level, List<Offer> offers) {
    }

    record RedeemRequest(String rewardKey, Map<String, String> shipping, List<String> roleIds) {
    }

    record Redemption(UUID id, String memberId, String rewardKey, long cost, String status, String reason,
                      String code, String shippingStatus, Instant createdAt) {
    }

    record Rejection(String reason) {
    }

    @GET
    @Path("/members/{memberId}/offers")
    Uni<Offers> offers(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId,
                       @QueryParam("roleId") List<String> roleIds);

    @POST
    @Path("/members/{memberId}/redemptions")
    Uni<Redemption> redeem(@PathParam("communityId") String communityId, @PathParam("memberId") String memberId,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, RedeemRequest request);

    @GET
    @Path("/members/{memberId}/redemptions")
    Uni<List<Redemption>> redemptionsOf(@PathParam("communityId") String communityId,
                                        @PathParam("memberId") String memberId);

    @GET
    @Path("/redemptions")
    Uni<List<Redemption>> queue(@PathParam("communityId") String communityId,
                                @HeaderParam(Actors.HEADER) String actor);

    @POST
    @Path("/redemptions/{id}/approve")
    Uni<Redemption> approve(@PathParam("communityId") String communityId, @PathParam("id") UUID redemptionId,
                            @HeaderParam(Actors.HEADER) String actor);

    @POST
    @Path("/redemptions/{id}/reject")
    Uni<Redemption> reject(@PathParam("communityId") String communityId, @PathParam("id") UUID redemptionId,
                           @HeaderParam(Actors.HEADER) String actor, Rejection rejection);
}
