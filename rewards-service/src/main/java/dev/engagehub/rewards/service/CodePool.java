package dev.engagehub.rewards.service;

import dev.engagehub.events.RewardKind;
import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.kit.db.SqlValues;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.Reward;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The codes of a DISCOUNT_CODE reward. Uploading adds the new codes to the reward's stock in the same
 * transaction, so every reserved unit has a code waiting; handing out skips rows other transactions hold,
 * so concurrent fulfilments never wait on, or get, the same code.
 */
@ApplicationScoped
@Transactional
public class CodePool {
    private final EntityManager db;
    private final Catalog catalog;
    private final AuditLog audit;

    CodePool(EntityManager db, Catalog catalog, AuditLog audit) {
        this.db = db;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** @param added codes new to the pool; @param duplicates codes already in it, ignored */
    public record Upload(int added, int duplicates, int poolSize) {
    }

    public Upload upload(String communityId, String rewardKey, List<String> codes, String actorId) {
        Reward reward = catalog.find(communityId, rewardKey)
                .orElseThrow(() -> ProblemException.notFound("Reward", rewardKey));
        if (reward.kind() != RewardKind.DISCOUNT_CODE) {
            throw new ProblemException(409, "not-a-code-reward", "Not a code reward",
                    "'" + rewardKey + "' is a " + reward.kind() + "; only DISCOUNT_CODE rewards have a code pool");
        }
        int added = 0;
        for (List<String> chunk : chunks(codes)) {
            added += insert(communityId, rewardKey, chunk);
        }
        int poolSize = (int) SqlValues.number(db.createNativeQuery("""
                        UPDATE rewards SET stock = stock + ?3, updated_at = now()
                        WHERE community_id = ?1 AND reward_key = ?2 RETURNING stock""")
                .setParameter(1, communityId).setParameter(2, rewardKey).setParameter(3, added).getSingleResult());
        audit.record(communityId, actorId, "reward.codes.upload", "reward:" + rewardKey,
                added + " code(s) added, " + (codes.size() - added) + " duplicate(s) ignored");
        return new Upload(added, codes.size() - added, poolSize);
    }

    /** The next free code, now belonging to the redemption. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String handOut(String communityId, String rewardKey, UUID redemptionId) {
        List<?> code = db.createNativeQuery("""
                        UPDATE reward_codes SET redemption_id = ?3, handed_out_at = now()
                        WHERE id = (SELECT id FROM reward_codes
                                    WHERE community_id = ?1 AND reward_key = ?2 AND redemption_id IS NULL
                                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING code""")
                .setParameter(1, communityId).setParameter(2, rewardKey).setParameter(3, redemptionId).getResultList();
        if (code.isEmpty()) {
            // Stock equals the pool, so a reserved unit always has a code; running dry means the data was edited.
            throw new IllegalStateException("code pool of " + communityId + "/" + rewardKey + " is empty");
        }
        return (String) code.get(0);
    }

    private int insert(String communityId, String rewardKey, List<String> codes) {
        StringBuilder sql = new StringBuilder("INSERT INTO reward_codes (community_id, reward_key, code) VALUES ");
        Object[] parameters = new Object[codes.size() + 2];
        parameters[0] = communityId;
        parameters[1] = rewardKey;
        for (int i = 0; i < codes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?2, ?").append(i + 3).append(')');
            parameters[i + 2] = codes.get(i);
        }
        sql.append(" ON CONFLICT DO NOTHING RETURNING id");
        return NativeRows.of(db, sql.toString(), parameters).size();
    }

    private static List<List<String>> chunks(List<String> codes) {
        int size = 1_000;
        return IntStream.range(0, (codes.size() + size - 1) / size)
                .mapToObj(i -> codes.subList(i * size, Math.min(codes.size(), (i + 1) * size))).toList();
    }
}
