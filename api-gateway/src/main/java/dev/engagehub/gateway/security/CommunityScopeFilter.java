package dev.engagehub.gateway.security;

import dev.engagehub.kit.rest.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Tenants kept apart before anything else runs: a request under {@code /api/v1/communities/{c}} with a token for
 * another community is refused here, ahead of body parsing and validation, whatever the endpoint. Resources
 * check again ({@link Caller}), with the finer rules for roles and members.
 */
public class CommunityScopeFilter {
    private static final Pattern COMMUNITY_PATH = Pattern.compile("^/api/v1/communities/([^/]+)(/.*)?$");

    private final CurrentIdentityAssociation identities;

    CommunityScopeFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(priority = 100)
    public Uni<Response> scope(ContainerRequestContext request) {
        Matcher path = COMMUNITY_PATH.matcher(request.getUriInfo().getPath());
        if (!path.matches()) {
            return Uni.createFrom().nullItem();
        }
        String community = path.group(1);
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || identity.hasRole(Roles.OPERATOR)
                    || !(identity.getPrincipal() instanceof JsonWebToken)
                    || Objects.equals(TokenCommunity.of(identity), community)) {
                return null;
            }
            return Response.status(403).type(Problem.MEDIA_TYPE).entity(Problem.of(403, "community-forbidden",
                    "Another community", "This token is not for community '" + community + "'.")
                    .at(request.getUriInfo().getPath())).build();
        });
    }
}
