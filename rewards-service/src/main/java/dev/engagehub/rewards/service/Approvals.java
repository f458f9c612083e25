package dev.engagehub.rewards.service;

import dev.engagehub.events.RewardKind;
import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.Redemption;
import dev.engagehub.rewards.domain.Redemption.Status;
import dev.engagehub.rewards.domain.Reward;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The admins' queue of paid redemptions that wait for a person: approve (merch then waits to be shipped),
 * mark shipped, or reject with a reason and a refund. Every decision is audited.
 */
@ApplicationScoped
@Transactional
public class Approvals {
    public static final Set<Status> WAITING = Set.of(Status.PENDING_APPROVAL, Status.APPROVED);

    private final RedemptionStore store;
    private final Catalog catalog;
    private final RedemptionOutcomes outcomes;
    private final AuditLog audit;

    Approvals(RedemptionStore store, Catalog catalog, RedemptionOutcomes outcomes, AuditLog audit) {
        this.store = store;
        this.catalog = catalog;
        this.outcomes = outcomes;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Redemption> queue(String communityId, Set<Status> statuses, int limit) {
        return store.inStatus(communityId, statuses, limit);
    }

    /** Fulfils at once, except merch, which is approved and waits to be marked shipped. */
    public Redemption approve(String communityId, UUID id, String actorId) {
        Redemption redemption = inState(communityId, id, Status.PENDING_APPROVAL);
        Reward reward = catalog.find(communityId, redemption.rewardKey()).orElseThrow();
        boolean moved = reward.kind() == RewardKind.MERCH
                ? store.move(id, Status.PENDING_APPROVAL, Status.APPROVED, null, actorId)
                : outcomes.fulfil(redemption, Status.PENDING_APPROVAL, reward, null, actorId, null);
        return decided(redemption, moved, actorId, "redemption.approve", "approved");
    }

    public Redemption ship(String communityId, UUID id, String shippingStatus, String actorId) {
        Redemption redemption = inState(communityId, id, Status.APPROVED);
        Reward reward = catalog.find(communityId, redemption.rewardKey()).orElseThrow();
        boolean moved = outcomes.fulfil(redemption, Status.APPROVED, reward, shippingStatus, actorId, null);
        return decided(redemption, moved, actorId, "redemption.ship", shippingStatus);
    }

    /** Rejects a paid redemption: the unit is released and the member refunded. */
    public Redemption reject(String communityId, UUID id, String reason, String actorId) {
        Redemption redemption = store.find(communityId, id).orElseThrow(() -> notFound(id));
        if (!WAITING.contains(redemption.status())) {
            throw notWaiting(redemption, "pending approval or approved");
        }
        boolean moved = outcomes.reject(redemption, redemption.status(), reason, actorId, true, null);
        return decided(redemption, moved, actorId, "redemption.reject", reason);
    }

    private Redemption inState(String communityId, UUID id, Status expected) {
        Redemption redemption = store.find(communityId, id).orElseThrow(() -> notFound(id));
        if (redemption.status() != expected) {
            throw notWaiting(redemption, expected.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return redemption;
    }

    /** A concurrent decision (another admin, a timeout) may have won between reading and moving. */
    private Redemption decided(Redemption before, boolean moved, String actorId, String action, String detail) {
        Redemption after = store.find(before.communityId(), before.id()).orElseThrow();
        if (!moved) {
            throw notWaiting(after, "still " + before.status());
        }
        audit.record(before.communityId(), actorId, action, "redemption:" + before.id(), detail);
        return after;
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Redemption", id.toString());
    }

    private static ProblemException notWaiting(Redemption redemption, String expected) {
        return new ProblemException(409, "redemption-not-waiting", "Already decided", "redemption " + redemption.id()
                + " is " + redemption.status() + ", not " + expected);
    }
}
