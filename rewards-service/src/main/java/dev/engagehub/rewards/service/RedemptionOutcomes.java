package dev.engagehub.rewards.service;

import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.EventPayload;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.RewardKind;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.rewards.domain.Redemption;
import dev.engagehub.rewards.domain.Redemption.Status;
import dev.engagehub.rewards.domain.Reward;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The two ways a redemption ends, whoever ends it (points-service's reply, an admin, a timeout). Each is
 * conditional on the state the caller saw, so only one ending ever happens, and its event goes out with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RedemptionOutcomes {
    static final String SOURCE = "rewards-service";

    private final RedemptionStore store;
    private final Inventory inventory;
    private final CodePool codes;
    private final Outbox outbox;

    RedemptionOutcomes(RedemptionStore store, Inventory inventory, CodePool codes, Outbox outbox) {
        this.store = store;
        this.inventory = inventory;
        this.codes = codes;
        this.outbox = outbox;
    }

    /**
     * Hands over what was redeemed (a code from the pool, the perk's role, a shipping status) and tells the
     * member through {@code RedemptionFulfilled}; false when the redemption had already left {@code from}.
     *
     * @param cause the event this answers, for the correlation id; null for an admin's action
     */
    public boolean fulfil(Redemption redemption, Status from, Reward reward, String shippingStatus, String actorId,
                          EventEnvelope<?> cause) {
        if (!store.move(redemption.id(), from, Status.FULFILLED, null, actorId)) {
            return false;
        }
        String code = reward.kind() == RewardKind.DISCOUNT_CODE
                ? codes.handOut(redemption.communityId(), reward.key(), redemption.id()) : null;
        store.recordDelivery(redemption.id(), code, shippingStatus);
        announce(redemption, cause, new RedemptionFulfilled(redemption.id(), reward.key(), reward.name(),
                reward.kind(), code, reward.fulfilment().roleId(), reward.fulfilment().roleDurationDays(),
                shippingStatus, reward.fulfilment().instructions()));
        return true;
    }

    /**
     * Ends the redemption without the reward and releases its unit. When points may have been debited,
     * {@code RedemptionRejected} asks for a refund; points-service refunds only a debit it made, and only once.
     */
    public boolean reject(Redemption redemption, Status from, String reason, String actorId, boolean refundDue,
                          EventEnvelope<?> cause) {
        if (!store.move(redemption.id(), from, Status.REJECTED, reason, actorId)) {
            return false;
        }
        inventory.release(redemption.communityId(), redemption.rewardKey());
        announce(redemption, cause, new RedemptionRejected(redemption.id(), redemption.rewardKey(),
                redemption.cost(), reason, refundDue));
        return true;
    }

    private void announce(Redemption redemption, EventEnvelope<?> cause, EventPayload payload) {
        outbox.add(cause != null ? cause.followUp(SOURCE, payload)
                : EventEnvelope.of(redemption.communityId(), redemption.memberId(), SOURCE, payload));
    }
}
