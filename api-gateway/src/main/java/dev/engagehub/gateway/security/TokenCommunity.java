package dev.engagehub.gateway.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The community a request's token is for, read from the token once per request and kept on the identity:
 * smallrye-jwt builds (and throws away) an exception on every read of a claim it does not know, which
 * cost the gateway about a tenth of its CPU when the filters and {@link Caller} each read it.
 */
@ApplicationScoped
public class TokenCommunity implements SecurityIdentityAugmentor {
    /** The claim that names the token's community. */
    public static final String CLAIM = "community";
    private static final String ATTRIBUTE = "engagehub.community";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        String community = identity.getPrincipal() instanceof JsonWebToken token ? of(token) : null;
        return Uni.createFrom().item(community == null ? identity
                : QuarkusSecurityIdentity.builder(identity).addAttribute(ATTRIBUTE, community).build());
    }

    /** The community of an authenticated request's token; null for operators' tokens, which have none. */
    public static String of(SecurityIdentity identity) {
        return identity.getAttribute(ATTRIBUTE);
    }

    /** Straight from a token (one the portal verified itself, outside the request's identity). */
    public static String of(JsonWebToken token) {
        Object community = token.getClaim(CLAIM);
        return community == null ? null : community.toString();
    }
}
