package dev.engagehub.points.rest;

import dev.engagehub.kit.rest.Problem;
import dev.engagehub.points.domain.InvalidRuleException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A rule that cannot work is the caller's mistake: 400 with the field at fault. */
public class InvalidRuleMapper {
    @ServerExceptionMapper
    public Response invalidRule(InvalidRuleException e, UriInfo uri) {
        return Problem.of(400, "invalid-rule", "Invalid rule", e.getMessage())
                .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())))
                .at(uri.getPath()).toResponse();
    }
}
