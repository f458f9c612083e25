package dev.engagehub.points.service;

import static dev.engagehub.kit.db.SqlValues.localDate;
import static dev.engagehub.kit.db.SqlValues.number;

import dev.engagehub.points.domain.Streak;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
        List<String> members = memberIds.stream().distinct().toList();
        Map<String, Streak> found = new HashMap<>();
        if (members.isEmpty()) {
            return found;
        }
        Query query = db.createNativeQuery("""
                SELECT member_id, current_days, longest_days, last_day FROM member_streaks
                WHERE community_id = ?1 AND member_id IN (%s)""".formatted(String.join(", ",
                IntStream.range(0, members.size()).mapToObj(i -> "?" + (i + 2)).toList())));
        query.setParameter(1, communityId);
        for (int i = 0; i < members.size(); i++) {
            query.setParameter(i + 2, members.get(i));
        }
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            found.put((String) row[0], new Streak((int) number(row[1]), (int) number(row[2]), localDate(row[3])));
        }
        return found;
    }

    public void save(String communityId, String memberId, Streak streak) {
        db.createNativeQuery("""
                        INSERT INTO member_streaks (community_id, member_id, current_days, longest_days, last_day)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (community_id, member_id) DO UPDATE
                           SET current_days = EXCLUDED.current_days, longest_days = EXCLUDED.longest_days,
                               last_day = EXCLUDED.last_day""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, streak.current())
                .setParameter(4, streak.longest()).setParameter(5, Date.valueOf(streak.lastDay()))
                .executeUpdate();
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
