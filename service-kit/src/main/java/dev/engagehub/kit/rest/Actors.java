package dev.engagehub.kit.rest;

import dev.engagehub.events.Identifiers;

/**
 * Who is making an admin change. api-gateway authenticates the caller and forwards their id in
 * {@value #HEADER}; every admin write needs it, and the audit log records it.
 */
public final class Actors {
    public static final String HEADER = "X-Actor-Id";

    private Actors() {
    }

    public static String require(String actorId) {
        if (!Identifiers.isValid(actorId)) {
            throw ProblemException.badRequest("actor-required", HEADER + " must name the admin making the change ("
                    + Identifiers.RULE + ")");
        }
        return actorId;
    }

    /** A path or body id in the shared alphabet, or a 400 naming the field. */
    public static String identifier(String value, String field) {
        if (!Identifiers.isValid(value)) {
            throw ProblemException.badRequest("invalid-" + field, field + " must be " + Identifiers.RULE);
        }
        return value;
    }
}
