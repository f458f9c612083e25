package dev.engagehub.points.service;

import static dev.engagehub.kit.db.SqlValues.number;

import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.points.domain.LevelCurve;
import dev.engagehub.points.domain.MemberPoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Finds the community's members by id, for admins: everyone who has ever had points. */
@ApplicationScoped
public class MemberDirectory {
    private final EntityManager db;

    MemberDirectory(EntityManager db) {
        this.db = db;
    }

    /** Members whose id contains {@code text} (any case; blank: everyone), most XP first. */
    public List<MemberPoints> search(String communityId, String text, int limit, LevelCurve curve) {
        String pattern = "%" + escapeLike(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return NativeRows.of(db, """
                        SELECT member_id, balance, lifetime_xp FROM member_points
                         WHERE community_id = ?1 AND lower(member_id) LIKE ?2 ESCAPE '\\'
                         ORDER BY lifetime_xp DESC, member_id LIMIT ?3""", communityId, pattern, limit).stream()
                .map(row -> MemberPoints.of(communityId, (String) row[0], number(row[1]), number(row[2]), curve))
                .toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
