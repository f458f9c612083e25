package dev.engagehub.gateway.portal;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every community page of the portal: signed in with a valid admin or operator token for that community, or
 * sent to the sign-in page (with where to come back to). Writes must come from the portal itself: a form
 * posted from another site is refused even though the SameSite cookie would not be sent with it anyway.
 */
public class PortalGuard {
    private static final Pattern COMMUNITY_PAGE = Pattern.compile("^/portal/c/([^/]+)(/.*)?$");

    private final PortalSessions sessions;
    private final PortalUser user;

    PortalGuard(PortalSessions sessions, PortalUser user) {
        this.sessions = sessions;
        this.user = user;
    }

    @ServerRequestFilter(priority = 50)
    public Response guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Matcher page = COMMUNITY_PAGE.matcher(path);
        if (!page.matches()) {
            return null;
        }
        if (!HttpMethod.GET.equals(request.getMethod()) && crossSite(request)) {
            return Response.status(403).type("text/plain").entity("Forms are only accepted from the portal itself.")
                    .build();
        }
        Cookie cookie = request.getCookies().get(PortalSessions.COOKIE);
        Optional<JsonWebToken> token = sessions.verify(cookie == null ? null : cookie.getValue());
        if (token.isEmpty()) {
            return signIn(path, cookie == null ? "signed-out" : "expired");
        }
        if (!PortalSessions.mayManage(token.get())) {
            return signIn(path, "role");
        }
        Optional<String> community = PortalSessions.communityOf(token.get());
        if (community.isPresent() && !community.get().equals(page.group(1))
                && !token.get().getGroups().contains(dev.engagehub.gateway.security.Roles.OPERATOR)) {
            return Response.seeOther(UriBuilder.fromPath("/portal/c/{c}").build(community.get())).build();
        }
        user.signIn(token.get());
        return null;
    }

    private static Response signIn(String next, String reason) {
        return Response.seeOther(UriBuilder.fromPath("/portal/sign-in").queryParam("next", next)
                .queryParam("reason", reason).build()).build();
    }

    /** The browser says the request came from elsewhere (Origin or Sec-Fetch-Site). */
    private static boolean crossSite(ContainerRequestContext request) {
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        String host = request.getHeaderString("Host");
        return !Objects.equals(UriBuilder.fromUri(origin).build().getAuthority(), host);
    }
}
