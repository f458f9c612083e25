package dev.engagehub.gateway.portal;

import dev.engagehub.gateway.security.Roles;
import dev.engagehub.gateway.security.TokenCommunity;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Portal sign-in: the same JWT the API takes, kept in an HttpOnly, SameSite=Strict cookie scoped to
 * {@code /portal} (so the API never sees it and other sites cannot send it) that expires with the token.
 */
@ApplicationScoped
public class PortalSessions {
    public static final String COOKIE = "engagehub_portal";
    static final String PATH = "/portal";

    private final JWTParser parser;

    PortalSessions(JWTParser parser) {
        this.parser = parser;
    }

    /** The token's claims when it is signed by our issuer and still valid; empty otherwise. */
    public Optional<JsonWebToken> verify(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(rawToken.strip()));
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Only admins and operators manage communities. */
    public static boolean mayManage(JsonWebToken token) {
        return token.getGroups().contains(Roles.ADMIN) || token.getGroups().contains(Roles.OPERATOR);
    }

    /** The community an admin's token is for; operators choose. */
    public static Optional<String> communityOf(JsonWebToken token) {
        return Optional.ofNullable(TokenCommunity.of(token)).filter(value -> !value.isBlank());
    }

    public NewCookie open(JsonWebToken token, boolean secure) {
        long secondsLeft = Math.max(1, token.getExpirationTime() - System.currentTimeMillis() / 1000);
        return cookie(token.getRawToken(), (int) Math.min(Integer.MAX_VALUE, secondsLeft), secure);
    }

    public NewCookie close(boolean secure) {
        return cookie("", 0, secure);
    }

    private static NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(value).path(PATH).maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
