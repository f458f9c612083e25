package dev.engagehub.analytics.service;

import dev.engagehub.events.EventEnvelope;
import dev.engagehub.kit.db.ArraySql;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The high-volume part of a batch (activity and awards) folded in memory, then written with one upsert of
 * column arrays per table: the same sums, firsts and lasts as folding each event on its own, in a few statements.
 */
final class HourlyFold {
    /** An hour of a community's member or action: the key of member_hours and action_hours. */
    private record HourOf(String communityId, Instant hour, String subject) {
    }

    private record PointsHour(String communityId, Instant hour) {
    }

    private record Member(String communityId, String memberId) {
    }

    /** First-seen, first-activity, first-points and last-activity times of a member in this batch. */
    private static final class Milestones {
        Instant firstSeen;
        Instant firstActivity;
        Instant firstPoints;
        Instant lastActivity;
    }

    private final Map<HourOf, long[]> memberHours = new LinkedHashMap<>();
    private final Map<HourOf, long[]> actionHours = new LinkedHashMap<>();
    private final Map<PointsHour, long[]> issued = new LinkedHashMap<>();
    private final Map<Member, Milestones> milestones = new LinkedHashMap<>();

    void activity(EventEnvelope<?> event, String action, long quantity) {
        add(memberHours, new HourOf(event.communityId(), hour(event), event.memberId()), 1, 0);
        add(actionHours, new HourOf(event.communityId(), hour(event), action), quantity, 0);
        Milestones member = milestonesOf(event);
        member.firstActivity = min(member.firstActivity, event.occurredAt());
        member.lastActivity = member.lastActivity == null || event.occurredAt().isAfter(member.lastActivity)
                ? event.occurredAt() : member.lastActivity;
    }

    void award(EventEnvelope<?> event, String action, long points) {
        add(memberHours, new HourOf(event.communityId(), hour(event), event.memberId()), 0, points);
        add(actionHours, new HourOf(event.communityId(), hour(event), action == null ? "other" : action), 0, points);
        add(issued, new PointsHour(event.communityId(), hour(event)), points, 0);
        Milestones member = milestonesOf(event);
        member.firstPoints = min(member.firstPoints, event.occurredAt());
    }

    void write(EntityManager db) {
        writeHourSums(db, "member_hours", "member_id", memberHours);
        writeHourSums(db, "action_hours", "action", actionHours);
        writeIssued(db);
        writeMilestones(db);
    }

    /** Adds a batch's event counts and points to the hourly rows of {@code table}, keyed by {@code subject}. */
    private static void writeHourSums(EntityManager db, String table, String subject, Map<HourOf, long[]> sums) {
        if (sums.isEmpty()) {
            return;
        }
        int size = sums.size();
        String[] communities = new String[size];
        Instant[] hours = new Instant[size];
        String[] subjects = new String[size];
        long[] events = new long[size];
        long[] points = new long[size];
        int i = 0;
        for (Map.Entry<HourOf, long[]> row : sums.entrySet()) {
            communities[i] = row.getKey().communityId();
            hours[i] = row.getKey().hour();
            subjects[i] = row.getKey().subject();
            events[i] = row.getValue()[0];
            points[i++] = row.getValue()[1];
        }
        ArraySql.update(db, """
                INSERT INTO %1$s (community_id, hour, %2$s, events, points)
                SELECT * FROM unnest(?::text[], ?::timestamptz[], ?::text[], ?::int8[], ?::int8[])
                ON CONFLICT (community_id, hour, %2$s) DO UPDATE
                   SET events = %1$s.events + EXCLUDED.events, points = %1$s.points + EXCLUDED.points"""
                .formatted(table, subject), communities, hours, subjects, events, points);
    }

    private void writeIssued(EntityManager db) {
        if (issued.isEmpty()) {
            return;
        }
        int size = issued.size();
        String[] communities = new String[size];
        Instant[] hours = new Instant[size];
        long[] points = new long[size];
        int i = 0;
        for (Map.Entry<PointsHour, long[]> row : issued.entrySet()) {
            communities[i] = row.getKey().communityId();
            hours[i] = row.getKey().hour();
            points[i++] = row.getValue()[0];
        }
        ArraySql.update(db, """
                INSERT INTO points_hours (community_id, hour, issued)
                SELECT * FROM unnest(?::text[], ?::timestamptz[], ?::int8[])
                ON CONFLICT (community_id, hour) DO UPDATE SET issued = points_hours.issued + EXCLUDED.issued""",
                communities, hours, points);
    }

    private void writeMilestones(EntityManager db) {
        if (milestones.isEmpty()) {
            return;
        }
        int size = milestones.size();
        String[] communities = new String[size];
        String[] members = new String[size];
        Instant[] firstSeen = new Instant[size];
        Instant[] firstActivity = new Instant[size];
        Instant[] firstPoints = new Instant[size];
        Instant[] lastActivity = new Instant[size];
        int i = 0;
        for (Map.Entry<Member, Milestones> row : milestones.entrySet()) {
            communities[i] = row.getKey().communityId();
            members[i] = row.getKey().memberId();
            firstSeen[i] = row.getValue().firstSeen;
            firstActivity[i] = row.getValue().firstActivity;
            firstPoints[i] = row.getValue().firstPoints;
            lastActivity[i++] = row.getValue().lastActivity;
        }
        // LEAST and GREATEST skip NULLs: a batch without a first leaves the stored one alone.
        ArraySql.update(db, """
                INSERT INTO member_milestones (community_id, member_id, first_seen_at, first_activity_at,
                                               first_points_at, last_activity_at)
                SELECT * FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[],
                                     ?::timestamptz[])
                ON CONFLICT (community_id, member_id) DO UPDATE
                   SET first_seen_at = LEAST(member_milestones.first_seen_at, EXCLUDED.first_seen_at),
                       first_activity_at = LEAST(member_milestones.first_activity_at, EXCLUDED.first_activity_at),
                       first_points_at = LEAST(member_milestones.first_points_at, EXCLUDED.first_points_at),
                       last_activity_at = GREATEST(member_milestones.last_activity_at, EXCLUDED.last_activity_at)""",
                communities, members, firstSeen, firstActivity, firstPoints, lastActivity);
    }

    private Milestones milestonesOf(EventEnvelope<?> event) {
        Milestones member = milestones.computeIfAbsent(new Member(event.communityId(), event.memberId()),
                key -> new Milestones());
        member.firstSeen = min(member.firstSeen, event.occurredAt());
        return member;
    }

    private static <K> void add(Map<K, long[]> sums, K key, long first, long second) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += first;
        sum[1] += second;
    }

    private static Instant min(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    private static Instant hour(EventEnvelope<?> event) {
        return event.occurredAt().truncatedTo(ChronoUnit.HOURS);
    }
}
