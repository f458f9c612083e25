package dev.engagehub.rewards.service;

import static dev.engagehub.kit.db.SqlValues.instant;
import static dev.engagehub.kit.db.SqlValues.number;
import static dev.engagehub.kit.db.SqlValues.timestamp;

import dev.engagehub.events.RewardKind;
import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.Eligibility;
import dev.engagehub.rewards.domain.Fulfilment;
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
            min_level, required_badge, required_role, role_id, role_duration_days, instructions, requires_approval,
            visible, image_url""";

    private final EntityManager db;
    private final AuditLog audit;

    Catalog(EntityManager db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /**
     * Creates or changes a reward; true when created. A reward's kind never changes (its redemptions depend on
     * it), stock never drops below the units already promised, and a code pool's stock is its codes.
     */
    public boolean save(String communityId, Reward reward, String actorId) {
        Optional<Reward> existing = lockedFind(communityId, reward.key());
        existing.ifPresent(before -> refuseImpossibleChange(communityId, before, reward));
        if (reward.kind() == RewardKind.DISCOUNT_CODE && reward.stock() != null
                && !reward.stock().equals(existing.map(Reward::stock).orElse(0))) {
            throw ProblemException.invalidField("stock",
                    "a DISCOUNT_CODE reward's stock is its code pool: leave stock out and upload codes");
        }
        Integer stock = reward.kind() == RewardKind.DISCOUNT_CODE ? existing.map(Reward::stock).orElse(0) : reward.stock();
        db.createNativeQuery("INSERT INTO rewards (community_id, " + COLUMNS + """
                        ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
                        ON CONFLICT (community_id, reward_key) DO UPDATE
                           SET name = EXCLUDED.name, description = EXCLUDED.description, cost = EXCLUDED.cost,
                               stock = EXCLUDED.stock, per_member_limit = EXCLUDED.per_member_limit,
                               available_from = EXCLUDED.available_from, available_until = EXCLUDED.available_until,
                               min_level = EXCLUDED.min_level, required_badge = EXCLUDED.required_badge,
                               required_role = EXCLUDED.required_role, role_id = EXCLUDED.role_id,
                               role_duration_days = EXCLUDED.role_duration_days, instructions = EXCLUDED.instructions,
                               requires_approval = EXCLUDED.requires_approval, visible = EXCLUDED.visible,
                               image_url = EXCLUDED.image_url, updated_at = now()""")
                .setParameter(1, communityId).setParameter(2, reward.key()).setParameter(3, reward.name())
                .setParameter(4, reward.description()).setParameter(5, reward.kind().name())
                .setParameter(6, reward.cost()).setParameter(7, stock).setParameter(8, reward.perMemberLimit())
                .setParameter(9, timestamp(reward.availableFrom())).setParameter(10, timestamp(reward.availableUntil()))
                .setParameter(11, reward.eligibility().minLevel()).setParameter(12, reward.eligibility().requiredBadge())
                .setParameter(13, reward.eligibility().requiredRole()).setParameter(14, reward.fulfilment().roleId())
                .setParameter(15, reward.fulfilment().roleDurationDays())
                .setParameter(16, reward.fulfilment().instructions())
                .setParameter(17, reward.fulfilment().requiresApproval())
                .setParameter(18, reward.visible()).setParameter(19, reward.imageUrl())
                .executeUpdate();
        audit.record(communityId, actorId, existing.isEmpty() ? "reward.create" : "reward.update",
                "reward:" + reward.key(), reward.toString());
        return existing.isEmpty();
    }

    /**
     * Deletes a reward nobody has redeemed, with its code pool. One with redemptions stays, since they point
     * at it: hide it instead ({@code visible=false}) and it leaves the catalog members see.
     */
    public void delete(String communityId, String key, String actorId) {
        lockedFind(communityId, key).orElseThrow(() -> ProblemException.notFound("Reward", key));
        long redemptions = number(db.createNativeQuery(
                        "SELECT count(*) FROM redemptions WHERE community_id = ?1 AND reward_key = ?2")
                .setParameter(1, communityId).setParameter(2, key).getSingleResult());
        if (redemptions > 0) {
            throw new ProblemException(409, "reward-has-redemptions", "Reward has redemptions", "'" + key
                    + "' has " + redemptions + " redemption(s); hide it instead (visible: false)");
        }
        for (String table : List.of("reward_codes", "rewards")) {
            db.createNativeQuery("DELETE FROM " + table + " WHERE community_id = ?1 AND reward_key = ?2")
                    .setParameter(1, communityId).setParameter(2, key).executeUpdate();
        }
        audit.record(communityId, actorId, "reward.delete", "reward:" + key, null);
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

    private Optional<Reward> lockedFind(String communityId, String key) {
        return query("SELECT " + COLUMNS + " FROM rewards WHERE community_id = ?1 AND reward_key = ?2 FOR UPDATE",
                communityId, key).stream().findFirst();
    }

    private void refuseImpossibleChange(String communityId, Reward before, Reward after) {
        if (before.kind() != after.kind()) {
            throw ProblemException.invalidField("kind", "a reward's kind cannot change (it is " + before.kind()
                    + "); create a new reward instead");
        }
        long promised = number(db.createNativeQuery(
                        "SELECT reserved FROM rewards WHERE community_id = ?1 AND reward_key = ?2")
                .setParameter(1, communityId).setParameter(2, before.key()).getSingleResult());
        if (after.stock() != null && after.stock() < promised) {
            throw ProblemException.invalidField("stock", "stock cannot drop below the " + promised
                    + " unit(s) already redeemed or reserved");
        }
    }

    private List<Reward> query(String sql, String communityId, Object second) {
        return NativeRows.of(db, sql, communityId, second).stream().map(Catalog::reward).toList();
    }

    private static Reward reward(Object[] row) {
        return new Reward((String) row[0], (String) row[1], (String) row[2], RewardKind.valueOf((String) row[3]),
                number(row[4]), integer(row[5]), integer(row[6]), instant(row[7]), instant(row[8]),
                new Eligibility((int) number(row[9]), (String) row[10], (String) row[11]),
                new Fulfilment((String) row[12], integer(row[13]), (String) row[14], (Boolean) row[15]),
                (Boolean) row[16], (String) row[17]);
    }

    private static Integer integer(Object value) {
        return value == null ? null : (int) number(value);
    }
}
