package dev.engagehub.analytics.service;

import static dev.engagehub.kit.db.SqlValues.placeholders;

import dev.engagehub.events.EventEnvelope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The high-volume part of a batch (activity and awards) folded in memory, then written with one multi-row
 * upsert per table: the same sums, firsts and lasts as folding each event on its own, in a few statements.
 */
final class HourlyFold {
    private static final int CHUNK = 1000;

    private record MemberHour(String communityId, Instant hour, String memberId) {
    }

    private record ActionHour(String communityId, Instant hour, String action) {
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

    private record LedgerRow(UUID eventId, String communityId, String memberId, long points, long balance,
                             String action, String reason, Instant occurredAt) {
    }

    private final Map<MemberHour, long[]> memberHours = new LinkedHashMap<>();
    private final Map<ActionHour, long[]> actionHours = new LinkedHashMap<>();
    private final Map<PointsHour, long[]> issued = new LinkedHashMap<>();
    private final Map<Member, Milestones> milestones = new LinkedHashMap<>();
    private final List<LedgerRow> ledger = new ArrayList<>();

    void activity(EventEnvelope<?> event, String action, long quantity) {
        add(memberHours, new MemberHour(event.communityId(), hour(event), event.memberId()), 1, 0);
        add(actionHours, new ActionHour(event.communityId(), hour(event), action), quantity, 0);
        Milestones member = milestonesOf(event);
        member.firstActivity = min(member.firstActivity, event.occurredAt());
        member.lastActivity = member.lastActivity == null || event.occurredAt().isAfter(member.lastActivity)
                ? event.occurredAt() : member.lastActivity;
    }

    void award(EventEnvelope<?> event, String action, long points, long balance, String reason) {
        add(memberHours, new MemberHour(event.communityId(), hour(event), event.memberId()), 0, points);
        add(actionHours, new ActionHour(event.communityId(), hour(event), action == null ? "other" : action), 0, points);
        add(issued, new PointsHour(event.communityId(), hour(event)), points, 0);
        Milestones member = milestonesOf(event);
        member.firstPoints = min(member.firstPoints, event.occurredAt());
        ledger.add(new LedgerRow(event.eventId(), event.communityId(), event.memberId(), points, balance, action,
                reason, event.occurredAt()));
    }

    void write(EntityManager db) {
        chunks(new ArrayList<>(memberHours.entrySet()), rows -> {
            Query upsert = db.createNativeQuery("INSERT INTO member_hours (community_id, hour, member_id, events, points) "
                    + "VALUES " + placeholders(rows.size(), 5) + " ON CONFLICT (community_id, hour, member_id) DO UPDATE "
                    + "SET events = member_hours.events + EXCLUDED.events, points = member_hours.points + EXCLUDED.points");
            for (int i = 0; i < rows.size(); i++) {
                MemberHour key = rows.get(i).getKey();
                bind(upsert, i * 5, key.communityId(), Timestamp.from(key.hour()), key.memberId(),
                        rows.get(i).getValue()[0], rows.get(i).getValue()[1]);
            }
            upsert.executeUpdate();
        });
        chunks(new ArrayList<>(actionHours.entrySet()), rows -> {
            Query upsert = db.createNativeQuery("INSERT INTO action_hours (community_id, hour, action, events, points) "
                    + "VALUES " + placeholders(rows.size(), 5) + " ON CONFLICT (community_id, hour, action) DO UPDATE "
                    + "SET events = action_hours.events + EXCLUDED.events, points = action_hours.points + EXCLUDED.points");
            for (int i = 0; i < rows.size(); i++) {
                ActionHour key = rows.get(i).getKey();
                bind(upsert, i * 5, key.communityId(), Timestamp.from(key.hour()), key.action(),
                        rows.get(i).getValue()[0], rows.get(i).getValue()[1]);
            }
            upsert.executeUpdate();
        });
        chunks(new ArrayList<>(issued.entrySet()), rows -> {
            Query upsert = db.createNativeQuery("INSERT INTO points_hours (community_id, hour, issued) VALUES "
                    + placeholders(rows.size(), 3) + " ON CONFLICT (community_id, hour) DO UPDATE "
                    + "SET issued = points_hours.issued + EXCLUDED.issued");
            for (int i = 0; i < rows.size(); i++) {
                PointsHour key = rows.get(i).getKey();
                bind(upsert, i * 3, key.communityId(), Timestamp.from(key.hour()), rows.get(i).getValue()[0]);
            }
            upsert.executeUpdate();
        });
        chunks(new ArrayList<>(milestones.entrySet()), rows -> {
            // LEAST and GREATEST skip NULLs: a batch without a first leaves the stored one alone.
            Query upsert = db.createNativeQuery("INSERT INTO member_milestones (community_id, member_id, first_seen_at, "
                    + "first_activity_at, first_points_at, last_activity_at) VALUES " + placeholders(rows.size(), 6)
                    + " ON CONFLICT (community_id, member_id) DO UPDATE SET "
                    + "first_seen_at = LEAST(member_milestones.first_seen_at, EXCLUDED.first_seen_at), "
                    + "first_activity_at = LEAST(member_milestones.first_activity_at, EXCLUDED.first_activity_at), "
                    + "first_points_at = LEAST(member_milestones.first_points_at, EXCLUDED.first_points_at), "
                    + "last_activity_at = GREATEST(member_milestones.last_activity_at, EXCLUDED.last_activity_at)");
            for (int i = 0; i < rows.size(); i++) {
                Member key = rows.get(i).getKey();
                Milestones member = rows.get(i).getValue();
                bind(upsert, i * 6, key.communityId(), key.memberId(), timestamp(member.firstSeen),
                        timestamp(member.firstActivity), timestamp(member.firstPoints), timestamp(member.lastActivity));
            }
            upsert.executeUpdate();
        });
        chunks(ledger, rows -> {
            Query insert = db.createNativeQuery("INSERT INTO ledger_rows (event_id, community_id, member_id, kind, "
                    + "points, balance, action, reason, occurred_at) VALUES " + placeholders(rows.size(), 9)
                    + " ON CONFLICT (event_id) DO NOTHING");
            for (int i = 0; i < rows.size(); i++) {
                LedgerRow row = rows.get(i);
                bind(insert, i * 9, row.eventId(), row.communityId(), row.memberId(), "award", row.points(),
                        row.balance(), row.action(), row.reason(), Timestamp.from(row.occurredAt()));
            }
            insert.executeUpdate();
        });
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

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant hour(EventEnvelope<?> event) {
        return event.occurredAt().truncatedTo(ChronoUnit.HOURS);
    }

    private static void bind(Query query, int offset, Object... values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(offset + i + 1, values[i]);
        }
    }

    private static <T> void chunks(List<T> rows, java.util.function.Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            write.accept(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
    }
}
