package dev.engagehub.points.service;

import static dev.engagehub.kit.db.SqlValues.localDate;
import static dev.engagehub.kit.db.SqlValues.number;

import dev.engagehub.kit.db.ArraySql;
import dev.engagehub.points.domain.Streak;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stores each member's daily streak. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Streaks {
    private final EntityManager db;

    Streaks(EntityManager db) {
        this.db = db;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Streak of(String communityId, String memberId) {
        List<?> rows = db.createNativeQuery("""
                        SELECT current_days, longest_days, last_day FROM member_streaks
                        WHERE community_id = ?1 AND member_id = ?2""")
                .setParameter(1, communityId).setParameter(2, memberId).getResultList();
        if (rows.isEmpty()) {
            return Streak.NONE;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Streak((int) number(row[0]), (int) number(row[1]), localDate(row[2]));
    }

    /** The streaks of a batch's members in one statement; members without one are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Streak> ofAll(String communityId, Collection<String> memberIds) {
        Map<String, Streak> found = new HashMap<>();
        if (memberIds.isEmpty()) {
            return found;
        }
        for (Object[] row : ArraySql.rows(db, """
                SELECT member_id, current_days, longest_days, last_day FROM member_streaks
                WHERE community_id = ? AND member_id = ANY(?::text[])""", communityId, memberIds.toArray())) {
            found.put((String) row[0], new Streak((int) number(row[1]), (int) number(row[2]), localDate(row[3])));
        }
        return found;
    }

    /** Stores a batch's changed streaks of one community in one statement. */
    public void saveAll(String communityId, Map<String, Streak> streaksByMember) {
        if (streaksByMember.isEmpty()) {
            return;
        }
        // Sorted, so concurrent batches lock shared rows in the same order.
        List<String> members = streaksByMember.keySet().stream().sorted().toList();
        int[] current = new int[members.size()];
        int[] longest = new int[members.size()];
        LocalDate[] lastDay = new LocalDate[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Streak streak = streaksByMember.get(members.get(i));
            current[i] = streak.current();
            longest[i] = streak.longest();
            lastDay[i] = streak.lastDay();
        }
        ArraySql.update(db, """
                INSERT INTO member_streaks (community_id, member_id, current_days, longest_days, last_day)
                SELECT ?, * FROM unnest(?::text[], ?::int4[], ?::int4[], ?::date[])
                ON CONFLICT (community_id, member_id) DO UPDATE
                   SET current_days = EXCLUDED.current_days, longest_days = EXCLUDED.longest_days,
                       last_day = EXCLUDED.last_day""", communityId, members.toArray(), current, longest, lastDay);
    }

    /** The members whose streak ends if they stay quiet today: active yesterday-or-within-grace, not today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> atRisk(String communityId, LocalDate today, int graceDays, int minimumDays) {
        return db.createNativeQuery("""
                        SELECT member_id FROM member_streaks
                        WHERE community_id = ?1 AND current_days >= ?2 AND last_day = ?3
                        ORDER BY current_days DESC, member_id""")
                .setParameter(1, communityId).setParameter(2, minimumDays)
                .setParameter(3, Date.valueOf(today.minusDays(graceDays + 1L)))
                .getResultList();
    }
}
