package dev.engagehub.kit.rest;

import java.util.List;

/** Thrown by services for an error the caller can act on; rendered as problem+json. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.problem = Problem.of(status, slug, title, detail);
    }

    private ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    /** A 400 naming the one field at fault, for checks made outside bean validation. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.of(400, "invalid-field", "Invalid field", message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", what + " not found", what + " '" + id + "' does not exist");
    }

    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(400, slug, "Bad request", detail);
    }

    public Problem problem() {
        return problem;
    }
}
