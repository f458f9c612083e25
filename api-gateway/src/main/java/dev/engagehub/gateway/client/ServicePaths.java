package dev.engagehub.gateway.client;

import dev.engagehub.events.Identifiers;
import dev.engagehub.kit.rest.ProblemException;

/** Builds a service's path from the caller's ids, which must be plain identifiers (no slashes, no {@code ..}). */
public final class ServicePaths {
    private ServicePaths() {
    }

    /** {@code /api/v1/communities/<community>/<part>/<part>…}; parts in {@code {}} are ids to check. */
    public static String community(String communityId, String... parts) {
        StringBuilder path = new StringBuilder("/api/v1/communities/").append(id("communityId", communityId));
        for (String part : parts) {
            path.append('/').append(part);
        }
        return path.toString();
    }

    public static String id(String field, String value) {
        if (!Identifiers.isValid(value)) {
            throw ProblemException.invalidField(field, Identifiers.RULE);
        }
        return value;
    }
}
