package dev.engagehub.gateway.portal;

import dev.engagehub.gateway.security.Caller;
import dev.engagehub.gateway.security.TokenCommunity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is signed in to the portal for this request; set by {@link PortalGuard}. */
@RequestScoped
public class PortalUser {
    private JsonWebToken token;

    void signIn(JsonWebToken verified) {
        this.token = verified;
    }

    public String id() {
        return token.getSubject();
    }

    public boolean isOperator() {
        return token.getGroups().contains(dev.engagehub.gateway.security.Roles.OPERATOR);
    }

    /** The same role and community checks as the API's. */
    public Caller caller() {
        return new Caller(token, TokenCommunity.of(token));
    }
}
