package dev.engagehub.gateway.portal;

import dev.engagehub.events.Identifiers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestQuery;

/** Signing in to the portal with an admin or operator token, and out again. */
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {
    private static final Map<String, String> REASONS = Map.of(
            "signed-out", "Sign in to manage your community.",
            "expired", "Your session has ended (the token expired or is no longer valid). Please sign in again.",
            "role", "That token is not an admin's or an operator's. Sign in with an admin token.");

    private final PortalSessions sessions;
    private final Pages pages;

    SignInPage(PortalSessions sessions, Pages pages) {
        this.sessions = sessions;
        this.pages = pages;
    }

    @GET
    public Response home(@Context HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(PortalSessions.COOKIE);
        return sessions.verify(cookie == null ? null : cookie.getValue()).filter(PortalSessions::mayManage)
                .flatMap(PortalSessions::communityOf)
                .map(community -> Response.seeOther(UriBuilder.fromPath("/portal/c/{c}").build(community)).build())
                .orElseGet(() -> Response.seeOther(UriBuilder.fromPath("/portal/sign-in").build()).build());
    }

    @GET
    @Path("/sign-in")
    public Response form(@RestQuery String next, @RestQuery String reason) {
        Map<String, Object> data = new HashMap<>();
        data.put("next", safeNext(next));
        data.put("notice", reason == null ? "" : REASONS.getOrDefault(reason, ""));
        data.put("errors", Map.of());
        data.put("form", Map.of());
        return pages.html(200, "portal/sign-in", data);
    }

    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(MultivaluedMap<String, String> values, @Context UriInfo uri) {
        Form form = new Form(values);
        String raw = form.required("token", "A token");
        String chosen = form.text("community");
        Optional<JsonWebToken> token = Optional.empty();
        if (raw != null) {
            token = sessions.verify(raw);
            if (token.isEmpty()) {
                form.error("token", "This token is not valid here: it is malformed, expired or signed by another key.");
            } else if (!PortalSessions.mayManage(token.get())) {
                form.error("token", "This token's role cannot use the portal: it needs the admin or operator role.");
            }
        }
        String community = token.flatMap(PortalSessions::communityOf).orElse(chosen);
        if (form.valid() && community == null) {
            form.error("community", "Operators choose a community: type its id.");
        } else if (form.valid() && !Identifiers.isValid(community)) {
            form.error("community", "A community id is " + Identifiers.RULE + ".");
        }
        if (!form.valid()) {
            Map<String, Object> data = new HashMap<>();
            data.put("next", safeNext(form.text("next")));
            data.put("notice", "");
            data.put("errors", form.errors());
            data.put("form", Map.of("community", chosen == null ? "" : chosen));
            return pages.html(400, "portal/sign-in", data);
        }
        String next = safeNext(form.text("next"));
        String target = next.startsWith("/portal/c/" + community + "/") || next.equals("/portal/c/" + community)
                ? next : "/portal/c/" + community;
        return Response.seeOther(UriBuilder.fromPath(target).build())
                .cookie(sessions.open(token.orElseThrow(), secure(uri))).build();
    }

    @POST
    @Path("/sign-out")
    public Response signOut(@Context UriInfo uri) {
        return Response.seeOther(UriBuilder.fromPath("/portal/sign-in").build()).cookie(sessions.close(secure(uri)))
                .build();
    }

    /** Only the portal's own pages: never another site (an open redirect). */
    private static String safeNext(String next) {
        return next != null && next.matches("/portal/c/[A-Za-z0-9_.:-]+(/[A-Za-z0-9_./:-]*)?") ? next : "";
    }

    private static boolean secure(UriInfo uri) {
        return "https".equals(uri.getRequestUri().getScheme());
    }
}
