package dev.engagehub.gateway.security;

import dev.engagehub.kit.rest.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Authentication and role failures as problem+json, like every other refusal. */
public class SecurityProblems {
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Not allowed", "Your token's role does not allow this.", uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "Sign-in needed",
                "Send a valid bearer token (Authorization: Bearer <JWT>).", uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    private static Response problem(int status, String slug, String title, String detail, UriInfo uri) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, slug, title, detail).at(uri.getPath())).build();
    }
}
