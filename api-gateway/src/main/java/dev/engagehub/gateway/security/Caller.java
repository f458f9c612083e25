package dev.engagehub.gateway.security;

import dev.engagehub.kit.rest.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from their token: the subject, roles and the one community the token is for (operators
 * have none and may act on every community). Every endpoint asks it before touching a community's data.
 */
@RequestScoped
public class Caller {
    private final JsonWebToken token;
    private final String community;

    @Inject
    Caller(JsonWebToken token, SecurityIdentity identity) {
        this(token, TokenCommunity.of(identity));
    }

    /** For a token verified outside the request's identity (the portal's session cookie). */
    public Caller(JsonWebToken token, String community) {
        this.token = token;
        this.community = community;
    }

    public String id() {
        return token.getSubject();
    }

    public boolean is(String role) {
        return token.getGroups().contains(role);
    }

    /** The caller may act in {@code communityId}: it is their token's community, or they are an operator. */
    public void requireCommunity(String communityId) {
        if (is(Roles.OPERATOR)) {
            return;
        }
        if (!Objects.equals(community, communityId)) {
            throw new ProblemException(403, "community-forbidden", "Another community",
                    "This token is not for community '" + communityId + "'.");
        }
    }

    /** Admin work in {@code communityId}: its admin, or an operator. */
    public void requireAdmin(String communityId) {
        requireCommunity(communityId);
        if (!is(Roles.ADMIN) && !is(Roles.OPERATOR)) {
            throw forbidden("Only the community's admins can do this.");
        }
    }

    /** A member's own data: the member themself, or an admin of the community. */
    public void requireSelfOrAdmin(String communityId, String memberId) {
        requireCommunity(communityId);
        if (!is(Roles.ADMIN) && !is(Roles.OPERATOR) && !Objects.equals(id(), memberId)) {
            throw forbidden("Members can only see and change their own data.");
        }
    }

    /** Acting as the member (redeeming, claiming): only the member themself. */
    public void requireSelf(String communityId, String memberId) {
        requireCommunity(communityId);
        if (!Objects.equals(id(), memberId)) {
            throw forbidden("Only the member can do this for themself.");
        }
    }

    public void requireOperator() {
        if (!is(Roles.OPERATOR)) {
            throw forbidden("Only operators can do this.");
        }
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Not allowed", detail);
    }
}
