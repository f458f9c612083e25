package dev.engagehub.gateway.ratelimit;

import dev.engagehub.gateway.config.RateLimitConfig;
import dev.engagehub.gateway.security.Roles;
import dev.engagehub.gateway.security.TokenCommunity;
import dev.engagehub.kit.rest.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rate limits: per partner on its webhook endpoint, per token subject on the API (members lower than clients).
 * Over the limit: 429 with {@code Retry-After}. Anonymous API calls are left to authentication (401).
 */
public class RateLimitFilter {
    private final RateLimiter limiter;
    private final RateLimitConfig limits;
    private final CurrentIdentityAssociation identities;

    RateLimitFilter(RateLimiter limiter, RateLimitConfig limits, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.limits = limits;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/webhooks/")) {
            String partner = path.substring("/webhooks/".length()).split("/")[0];
            return check("partner:" + partner, limits.partnerPerMinute(), request);
        }
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().flatMap(identity -> identity.isAnonymous()
                ? Uni.createFrom().nullItem()
                : check(subject(identity), perMinute(identity), request));
    }

    /** The same subject in two communities is two callers. */
    private static String subject(SecurityIdentity identity) {
        String community = TokenCommunity.of(identity);
        return "sub:" + (community == null ? "*" : community) + ":" + identity.getPrincipal().getName();
    }

    private int perMinute(SecurityIdentity identity) {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.PARTNER) || identity.hasRole(Roles.OPERATOR)
                ? limits.clientPerMinute() : limits.memberPerMinute();
    }

    private Uni<Response> check(String bucket, int perMinute, ContainerRequestContext request) {
        return limiter.hit(bucket, perMinute, Instant.now()).map(decision -> decision.allowed() ? null
                : Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", decision.retryAfterSeconds())
                .entity(Problem.of(429, "rate-limited", "Too many requests", "At most " + perMinute
                        + " requests a minute; try again in " + decision.retryAfterSeconds() + " s.")
                        .at(request.getUriInfo().getPath())).build());
    }
}
