package dev.engagehub.points.service;

import dev.engagehub.kit.db.ArraySql;
import dev.engagehub.kit.db.SqlValues;
import dev.engagehub.points.rules.ActionUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cooldown clocks, daily totals and lifetime counts per member and action, read and written a batch at a time:
 * one statement locks every row a batch needs, one writes back what the batch awarded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ActionUsageStore {
    private static final Comparator<Key> LOCK_ORDER = Comparator.comparing(Key::communityId)
            .thenComparing(Key::memberId).thenComparing(Key::action);

    private final EntityManager db;

    ActionUsageStore(EntityManager db) {
        this.db = db;
    }

    public record Key(String communityId, String memberId, String action) {
    }

    /** Usage of one key: the rules' view of it and the lifetime count of the action. */
    public record Counted(ActionUsage usage, long totalCount) {
        static final Counted NONE = new Counted(ActionUsage.NONE, 0);
    }

    /**
     * The usage rows of {@code keys}, locked for the rest of the transaction (in one fixed order, so concurrent
     * batches queue rather than deadlock); keys never used before are absent.
     */
    public Map<Key, Counted> lockAll(Collection<Key> keys) {
        List<Key> ordered = keys.stream().distinct().sorted(LOCK_ORDER).toList();
        Map<Key, Counted> found = new HashMap<>();
        if (ordered.isEmpty()) {
            return found;
        }
        Columns columns = Columns.of(ordered);
        for (Object[] row : ArraySql.rows(db, """
                SELECT u.community_id, u.member_id, u.action, u.last_awarded_at, u.day, u.day_points, u.total_count
                FROM member_action_usage u
                JOIN unnest(?::text[], ?::text[], ?::text[]) AS k (community_id, member_id, action)
                  ON u.community_id = k.community_id AND u.member_id = k.member_id AND u.action = k.action
                ORDER BY u.community_id, u.member_id, u.action
                FOR UPDATE OF u""", columns.communities(), columns.members(), columns.actions())) {
            found.put(new Key((String) row[0], (String) row[1], (String) row[2]), new Counted(new ActionUsage(
                    SqlValues.instant(row[3]), SqlValues.localDate(row[4]), SqlValues.number(row[5])),
                    SqlValues.number(row[6])));
        }
        return found;
    }

    /**
     * Writes what a batch awarded per key: the latest award time, the latest day with the points earned on it,
     * and the units. Merged with the stored row the same way one award at a time would be.
     */
    public void recordAll(Map<Key, Awarded> awarded) {
        if (awarded.isEmpty()) {
            return;
        }
        List<Key> keys = new ArrayList<>(awarded.keySet());
        keys.sort(LOCK_ORDER);
        Columns columns = Columns.of(keys);
        Instant[] lastAwardedAt = new Instant[keys.size()];
        LocalDate[] days = new LocalDate[keys.size()];
        long[] dayPoints = new long[keys.size()];
        long[] units = new long[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            Awarded award = awarded.get(keys.get(i));
            lastAwardedAt[i] = award.delta().lastAwardedAt().truncatedTo(ChronoUnit.MICROS);
            days[i] = award.delta().day();
            dayPoints[i] = award.delta().dayPoints();
            units[i] = award.units();
        }
        ArraySql.update(db, """
                INSERT INTO member_action_usage (community_id, member_id, action, last_awarded_at, day, day_points,
                                                 total_count)
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::date[], ?::int8[],
                                     ?::int8[])
                ON CONFLICT (community_id, member_id, action) DO UPDATE
                   SET last_awarded_at = GREATEST(member_action_usage.last_awarded_at, EXCLUDED.last_awarded_at),
                       day_points = CASE WHEN member_action_usage.day = EXCLUDED.day
                                         THEN member_action_usage.day_points + EXCLUDED.day_points
                                         WHEN member_action_usage.day > EXCLUDED.day
                                         THEN member_action_usage.day_points
                                         ELSE EXCLUDED.day_points END,
                       day = GREATEST(member_action_usage.day, EXCLUDED.day),
                       total_count = member_action_usage.total_count + EXCLUDED.total_count""",
                columns.communities(), columns.members(), columns.actions(), lastAwardedAt, days, dayPoints, units);
    }

    /** Keys as the three text columns a statement unnests. */
    private record Columns(String[] communities, String[] members, String[] actions) {
        static Columns of(List<Key> keys) {
            Columns columns = new Columns(new String[keys.size()], new String[keys.size()], new String[keys.size()]);
            for (int i = 0; i < keys.size(); i++) {
                columns.communities[i] = keys.get(i).communityId();
                columns.members[i] = keys.get(i).memberId();
                columns.actions[i] = keys.get(i).action();
            }
            return columns;
        }
    }

    /** What one batch awarded for one key: the awards folded into a usage of their own, and the units. */
    public record Awarded(ActionUsage delta, long units) {
        public static final Awarded NONE = new Awarded(ActionUsage.NONE, 0);

        public Awarded and(Instant at, LocalDate day, long points, long moreUnits) {
            return new Awarded(delta.after(at, day, points), units + moreUnits);
        }
    }
}
