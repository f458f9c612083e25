package dev.engagehub.kit.audit;

import static dev.engagehub.kit.db.SqlValues.instant;
import static dev.engagehub.kit.db.SqlValues.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Who changed what, when and why: written in the same transaction as every admin change, in every service. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {
    private final EntityManager db;

    AuditLog(EntityManager db) {
        this.db = db;
    }

    public record Entry(long id, String actorId, String action, String subject, String details, Instant at) {
    }

    public void record(String communityId, String actorId, String action, String subject, String details) {
        db.createNativeQuery("""
                        INSERT INTO audit_log (community_id, actor_id, action, subject, details)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, communityId).setParameter(2, actorId).setParameter(3, action)
                .setParameter(4, subject).setParameter(5, details)
                .executeUpdate();
    }

    /** Newest first; {@code beforeId} pages back through older entries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Entry> latest(String communityId, long beforeId, int limit) {
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT id, actor_id, action, subject, details, at FROM audit_log
                        WHERE community_id = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3""")
                .setParameter(1, communityId).setParameter(2, beforeId).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(row -> new Entry(number(row[0]), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], instant(row[5]))).toList();
    }
}
