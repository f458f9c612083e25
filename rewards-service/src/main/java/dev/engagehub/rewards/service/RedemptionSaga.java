package dev.engagehub.rewards.service;

import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.PointsDebitRejected;
import dev.engagehub.events.PointsDebited;
import dev.engagehub.kit.inbox.Inbox;
import dev.engagehub.rewards.domain.Redemption;
import dev.engagehub.rewards.domain.Redemption.Status;
import dev.engagehub.rewards.domain.Reward;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Step 3 of the saga: points-service's reply. A debit is fulfilled in the same transaction (perks, codes,
 * offers) or parked for an admin (merch, custom, flagged); a refused debit releases the unit.
 */
@ApplicationScoped
@Transactional
public class RedemptionSaga {
    static final String CONSUMER = "rewards-saga";

    private final Inbox inbox;
    private final RedemptionStore store;
    private final Catalog catalog;
    private final RedemptionOutcomes outcomes;

    RedemptionSaga(Inbox inbox, RedemptionStore store, Catalog catalog, RedemptionOutcomes outcomes) {
        this.inbox = inbox;
        this.store = store;
        this.catalog = catalog;
        this.outcomes = outcomes;
    }

    public void onDebited(EventEnvelope<PointsDebited> debited) {
        Optional<Redemption> redemption = open(debited, debited.payload().redemptionId());
        if (redemption.isEmpty()) {
            return;
        }
        Reward reward = catalog.find(debited.communityId(), redemption.get().rewardKey()).orElseThrow();
        if (reward.needsApproval()) {
            store.move(redemption.get().id(), Status.REQUESTED, Status.PENDING_APPROVAL, null, null);
        } else {
            outcomes.fulfil(redemption.get(), Status.REQUESTED, reward, null, null, debited);
        }
    }

    /** Nothing was debited, so nothing is refunded. */
    public void onDebitRejected(EventEnvelope<PointsDebitRejected> rejected) {
        open(rejected, rejected.payload().redemptionId()).ifPresent(redemption -> outcomes.reject(redemption,
                Status.REQUESTED, "points: " + rejected.payload().reason(), null, false, rejected));
    }

    /** The redemption a reply is about, if this is its first delivery and the redemption still awaits it. */
    private Optional<Redemption> open(EventEnvelope<?> reply, UUID redemptionId) {
        if (!inbox.firstDelivery(CONSUMER, reply.eventId())) {
            return Optional.empty();
        }
        // A reply to a redemption that timed out meanwhile finds it REJECTED: the rejection already asked
        // points-service to refund whatever it debits.
        return store.find(reply.communityId(), redemptionId).filter(found -> found.status() == Status.REQUESTED);
    }
}
