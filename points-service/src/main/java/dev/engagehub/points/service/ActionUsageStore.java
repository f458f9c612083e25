package dev.engagehub.points.service;

import dev.engagehub.kit.db.SqlValues;
import dev.engagehub.points.rules.ActionUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Cooldown clocks and daily totals per member and action, locked for the length of the transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ActionUsageStore {
    private final EntityManager db;

    ActionUsageStore(EntityManager db) {
        this.db = db;
    }

    /** The usage row, locked so concurrent awards for the same member and action queue behind each other. */
    public ActionUsage lock(String communityId, String memberId, String action) {
        List<?> rows = db.createNativeQuery("""
                        SELECT last_awarded_at, day, day_points FROM member_action_usage
                        WHERE community_id = ?1 AND member_id = ?2 AND action = ?3 FOR UPDATE""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, action)
                .getResultList();
        if (rows.isEmpty()) {
            return ActionUsage.NONE;
        }
        Object[] row = (Object[]) rows.get(0);
        return new ActionUsage(SqlValues.instant(row[0]), SqlValues.localDate(row[1]), SqlValues.number(row[2]));
    }

    /**
     * Counts an award: restarts the cooldown, adds to the day's total (a new day starts over), counts the
     * units; returns the member's lifetime count of the action.
     */
    public long recordAward(String communityId, String memberId, String action, Instant at, LocalDate day,
                            long points, long units) {
        return SqlValues.number(db.createNativeQuery("""
                        INSERT INTO member_action_usage (community_id, member_id, action, last_awarded_at, day,
                                                         day_points, total_count)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (community_id, member_id, action) DO UPDATE
                           SET last_awarded_at = GREATEST(member_action_usage.last_awarded_at, EXCLUDED.last_awarded_at),
                               day_points = CASE WHEN member_action_usage.day = EXCLUDED.day
                                                 THEN member_action_usage.day_points + EXCLUDED.day_points
                                                 WHEN member_action_usage.day > EXCLUDED.day
                                                 THEN member_action_usage.day_points
                                                 ELSE EXCLUDED.day_points END,
                               day = GREATEST(member_action_usage.day, EXCLUDED.day),
                               total_count = member_action_usage.total_count + EXCLUDED.total_count
                        RETURNING total_count""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, action)
                .setParameter(4, Timestamp.from(at.truncatedTo(ChronoUnit.MICROS))).setParameter(5, Date.valueOf(day))
                .setParameter(6, points).setParameter(7, units)
                .getSingleResult());
    }
}
