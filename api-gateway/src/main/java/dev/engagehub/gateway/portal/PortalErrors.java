package dev.engagehub.gateway.portal;

import dev.engagehub.kit.rest.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A portal page that cannot be shown says why in a page, not in JSON. */
public class PortalErrors {
    private final Pages pages;

    PortalErrors(Pages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response pageFailed(PortalException e, UriInfo uri) {
        return errorPage(e.status(), e.getMessage(), uri);
    }

    @ServerExceptionMapper(priority = 4000)
    public Response refused(ProblemException e, UriInfo uri) {
        if (!uri.getPath().startsWith("/portal")) {
            return e.problem().at(uri.getPath()).toResponse();
        }
        return errorPage(e.problem().status(), e.problem().detail(), uri);
    }

    private Response errorPage(int status, String message, UriInfo uri) {
        Map<String, Object> data = new HashMap<>();
        data.put("status", status);
        data.put("message", message);
        String path = uri.getPath();
        data.put("home", path.matches("/portal/c/[^/]+.*") ? path.replaceAll("^(/portal/c/[^/]+).*$", "$1") : "/portal");
        return pages.html(status, "portal/error", data);
    }
}
