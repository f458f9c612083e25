package dev.engagehub.rewards.service;

import static dev.engagehub.kit.db.SqlValues.instant;
import static dev.engagehub.kit.db.SqlValues.number;
import static dev.engagehub.kit.db.SqlValues.timestamp;

import dev.engagehub.events.RewardKind;
import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.rewards.domain.Reward;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The rewards each community offers; every admin change is audited. */
@ApplicationScoped
@Transactional
public class Catalog {
    private static final String COLUMNS = """
            reward_key, name, description, kind, cost, stock, per_member_limit, available_from, available_until,
            min_level, required_badge, visible, image_url""";

    private final EntityManager db;
    private final AuditLog audit;

    Catalog(EntityManager db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Creates or changes a reward; true when created. Stock below the units already reserved is refused. */
    public boolean save(String communityId, Reward reward, String actorId) {
        boolean created = find(communityId, reward.key()).isEmpty();
        db.createNativeQuery("INSERT INTO rewards (community_id, " + COLUMNS + """
                        ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                        ON CONFLICT (community_id, reward_key) DO UPDATE
                           SET name = EXCLUDED.name, description = EXCLUDED.description, kind = EXCLUDED.kind,
                               cost = EXCLUDED.cost, stock = EXCLUDED.stock, per_member_limit = EXCLUDED.per_member_limit,
                               available_from = EXCLUDED.available_from, available_until = EXCLUDED.available_until,
                               min_level = EXCLUDED.min_level, required_badge = EXCLUDED.required_badge,
                               visible = EXCLUDED.visible, image_url = EXCLUDED.image_url, updated_at = now()""")
                .setParameter(1, communityId).setParameter(2, reward.key()).setParameter(3, reward.name())
                .setParameter(4, reward.description()).setParameter(5, reward.kind().name())
                .setParameter(6, reward.cost()).setParameter(7, reward.stock()).setParameter(8, reward.perMemberLimit())
                .setParameter(9, timestamp(reward.availableFrom())).setParameter(10, timestamp(reward.availableUntil()))
                .setParameter(11, reward.minLevel()).setParameter(12, reward.requiredBadge())
                .setParameter(13, reward.visible()).setParameter(14, reward.imageUrl())
                .executeUpdate();
        audit.record(communityId, actorId, created ? "reward.create" : "reward.update", "reward:" + reward.key(),
                reward.toString());
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Reward> find(String communityId, String key) {
        return query("SELECT " + COLUMNS + " FROM rewards WHERE community_id = ?1 AND reward_key = ?2", communityId, key)
                .stream().findFirst();
    }

    /** Cheapest first; hidden rewards only when asked (admins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reward> all(String communityId, boolean includeHidden) {
        return query("SELECT " + COLUMNS + " FROM rewards WHERE community_id = ?1 AND (visible OR ?2)"
                + " ORDER BY cost, reward_key", communityId, includeHidden);
    }

    private List<Reward> query(String sql, String communityId, Object second) {
        return NativeRows.of(db, sql, communityId, second).stream().map(row -> new Reward((String) row[0], (String) row[1], (String) row[2],
                RewardKind.valueOf((String) row[3]), number(row[4]), row[5] == null ? null : (int) number(row[5]),
                row[6] == null ? null : (int) number(row[6]), instant(row[7]), instant(row[8]), (int) number(row[9]),
                (String) row[10], (Boolean) row[11], (String) row[12])).toList();
    }
}
