package dev.engagehub.kit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into problem+json, so clients parse one error shape everywhere. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.problem().at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(400, "validation", "Invalid request", "Some fields are missing or invalid")
                .withErrors(errors).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        ProblemException refused = refusedWhileReading(e);
        if (refused != null) {
            return problem(refused, uri);
        }
        String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " at '" + mapping.getPathReference() + "'" : "";
        return Problem.of(400, "malformed-json", "Malformed JSON", "The body is not valid JSON for this request" + where
                + ": " + e.getOriginalMessage()).at(uri.getPath()).toResponse();
    }

    /** Wrong types and shapes ("ten" for a number, an array for an object): Quarkus's own mapper answers bare 400s. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        ProblemException refused = refusedWhileReading(e);
        if (refused != null) {
            return problem(refused, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.of(status.getStatusCode(), slug(status), status.getReasonPhrase(), e.getMessage())
                .at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return Problem.of(500, "internal", "Internal error", "Something went wrong on our side (error id " + errorId + ")")
                .at(uri.getPath()).toResponse();
    }

    /** A body record that refused its own values while being read: its problem names the field. */
    private static ProblemException refusedWhileReading(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException refused) {
                return refused;
            }
        }
        return null;
    }

    private static String slug(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
