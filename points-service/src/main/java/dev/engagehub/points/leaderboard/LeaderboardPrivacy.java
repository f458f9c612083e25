package dev.engagehub.points.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;

/**
 * Members may hide from every leaderboard. The choice is stored with their points (the truth) and
 * mirrored in Redis, where the projection script honours it.
 */
@ApplicationScoped
public class LeaderboardPrivacy {
    private final EntityManager db;
    private final LeaderboardRebuilder rebuilder;

    LeaderboardPrivacy(EntityManager db, LeaderboardRebuilder rebuilder) {
        this.db = db;
        this.rebuilder = rebuilder;
    }

    public void set(String communityId, String memberId, boolean optOut, ZoneId zone) {
        store(communityId, memberId, optOut);
        if (optOut) {
            rebuilder.hide(communityId, memberId);
        } else {
            rebuilder.unhide(communityId, memberId);
            rebuilder.rebuildMember(communityId, memberId, zone);
        }
    }

    @Transactional
    void store(String communityId, String memberId, boolean optOut) {
        db.createNativeQuery("""
                        INSERT INTO member_points (community_id, member_id, balance, lifetime_xp, leaderboard_opt_out)
                        VALUES (?1, ?2, 0, 0, ?3)
                        ON CONFLICT (community_id, member_id) DO UPDATE SET leaderboard_opt_out = EXCLUDED.leaderboard_opt_out""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, optOut).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOptedOut(String communityId, String memberId) {
        return !db.createNativeQuery("""
                        SELECT 1 FROM member_points WHERE community_id = ?1 AND member_id = ?2 AND leaderboard_opt_out""")
                .setParameter(1, communityId).setParameter(2, memberId).getResultList().isEmpty();
    }
}
