package dev.engagehub.analytics.service;

import dev.engagehub.events.Identifiers;
import dev.engagehub.kit.rest.ProblemException;
import java.util.Arrays;

/**
 * An optional {@code segment=} filter: only members who earned points in that segment (a role or cohort, from
 * PointsAwarded.segments) count. Adds its condition and parameter to a query only when a segment is asked for.
 */
public record SegmentFilter(String segment) {
    public static final SegmentFilter NONE = new SegmentFilter(null);

    public static SegmentFilter of(String segment) {
        if (segment == null || segment.isBlank()) {
            return NONE;
        }
        if (!Identifiers.isValid(segment)) {
            throw ProblemException.invalidField("segment", Identifiers.RULE);
        }
        return new SegmentFilter(segment);
    }

    /** {@code AND <column> IN (members of the segment)}, with the segment as parameter {@code ?index}. */
    String condition(String memberColumn, int index) {
        return segment == null ? "" : " AND " + memberColumn + " IN (SELECT member_id FROM member_segments"
                + " WHERE community_id = ?1 AND segment = ?" + index + ")";
    }

    /** The query's parameters, with the segment appended when there is one. */
    Object[] parameters(Object... parameters) {
        if (segment == null) {
            return parameters;
        }
        Object[] all = Arrays.copyOf(parameters, parameters.length + 1);
        all[parameters.length] = segment;
        return all;
    }
}
