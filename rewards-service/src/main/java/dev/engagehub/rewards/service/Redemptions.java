package dev.engagehub.rewards.service;

import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.RedemptionRequested;
import dev.engagehub.events.RewardKind;
import dev.engagehub.kit.db.TransactionLocks;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.Redemption;
import dev.engagehub.rewards.domain.Reward;
import dev.engagehub.rewards.domain.ShippingDetails;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Step 1 of the redemption saga (ARCHITECTURE.md): check the request, reserve a unit and ask points-service
 * for the debit. Every refusal is specific and changes nothing.
 */
@ApplicationScoped
public class Redemptions {
    private final EntityManager db;
    private final Catalog catalog;
    private final Inventory inventory;
    private final RedemptionStore store;
    private final MemberStandings standings;
    private final Outbox outbox;

    Redemptions(EntityManager db, Catalog catalog, Inventory inventory, RedemptionStore store,
                MemberStandings standings, Outbox outbox) {
        this.db = db;
        this.catalog = catalog;
        this.inventory = inventory;
        this.store = store;
        this.standings = standings;
        this.outbox = outbox;
    }

    /** What a member asks for; {@code roleIds} are their current roles, as the gateway that asks knows them. */
    public record Request(String communityId, String memberId, String rewardKey, String idempotencyKey,
                          ShippingDetails shipping, Collection<String> roleIds) {
    }

    /** A repeated request with the same idempotency key returns the first redemption unchanged. */
    public Redemption request(Request request) {
        Optional<Redemption> replay = store.byIdempotencyKey(request.communityId(), request.memberId(),
                request.idempotencyKey());
        if (replay.isPresent()) {
            return sameRequest(replay.get(), request);
        }
        Reward reward = catalog.find(request.communityId(), request.rewardKey()).filter(Reward::visible)
                .orElseThrow(() -> ProblemException.notFound("Reward", request.rewardKey()));
        checkOffered(reward, request);
        checkInStock(reward, request);
        checkStanding(reward, request);
        // Only now a transaction: no database connection is held while points-service is asked.
        return QuarkusTransaction.requiringNew().call(() -> place(reward, request));
    }

    private Redemption place(Reward reward, Request request) {
        TransactionLocks.hold(db, "redeem:" + request.communityId() + ":" + request.memberId() + ":" + reward.key());
        Optional<Redemption> racing = store.byIdempotencyKey(request.communityId(), request.memberId(),
                request.idempotencyKey());
        if (racing.isPresent()) {
            return sameRequest(racing.get(), request);
        }
        if (reward.perMemberLimit() != null
                && store.heldBy(request.communityId(), request.memberId(), reward.key()) >= reward.perMemberLimit()) {
            throw new ProblemException(409, "over-member-limit", "Limit reached",
                    "'" + reward.name() + "' can be redeemed " + reward.perMemberLimit() + " time(s) per member");
        }
        Redemption redemption = store.insert(request.communityId(), request.memberId(), reward.key(), reward.cost(),
                request.idempotencyKey(), reward.kind() == RewardKind.MERCH ? request.shipping() : null);
        outbox.add(EventEnvelope.of(request.communityId(), request.memberId(), RedemptionOutcomes.SOURCE,
                new RedemptionRequested(redemption.id(), reward.key(), reward.name(), reward.kind(), reward.cost())));
        // Last: the reward's row stays locked only for this statement and the commit, while every other
        // redemption of the reward queues on it. Sold out rolls the redemption and its event back.
        if (!inventory.reserve(request.communityId(), reward.key())) {
            throw outOfStock(reward);
        }
        return redemption;
    }

    private static ProblemException outOfStock(Reward reward) {
        return new ProblemException(409, "out-of-stock", "Out of stock", "'" + reward.name() + "' is out of stock");
    }

    /** An early, lock-free refusal when nothing is left; the reservation in {@link #place} is what guarantees it. */
    private void checkInStock(Reward reward, Request request) {
        Long available = inventory.available(request.communityId(), reward.key());
        if (available != null && available <= 0) {
            throw outOfStock(reward);
        }
    }

    /** A retry returns the first redemption; the same key for a different reward is a client bug, said so. */
    private static Redemption sameRequest(Redemption first, Request retry) {
        if (!first.rewardKey().equals(retry.rewardKey())) {
            throw new ProblemException(409, "idempotency-key-reused", "Idempotency key reused",
                    "Idempotency-Key '" + retry.idempotencyKey() + "' was used for '" + first.rewardKey()
                            + "'; use a new key for a new redemption");
        }
        return first;
    }

    private static void checkOffered(Reward reward, Request request) {
        if (!reward.isAvailableAt(Instant.now())) {
            throw new ProblemException(409, "not-available", "Not available",
                    "'" + reward.name() + "' cannot be redeemed at this time");
        }
        if (reward.kind() == RewardKind.MERCH && request.shipping() == null) {
            throw ProblemException.invalidField("shipping", "'" + reward.name()
                    + "' is shipped: send shipping details (name, line1, city, postalCode, country)");
        }
    }

    /**
     * Level and badge requirements need points-service's answer; the balance check only gives an early, clear
     * refusal (the debit in step 2 is what guarantees it), so without an answer the request goes on.
     */
    private void checkStanding(Reward reward, Request request) {
        Optional<String> refusal = reward.eligibility().refusal(request.roleIds());
        Optional<MemberStandings.Standing> standing = standings.find(request.communityId(), request.memberId(),
                reward.eligibility().requiredBadge() != null);
        if (standing.isEmpty() && reward.eligibility().needsStanding()) {
            throw new ProblemException(503, "points-unavailable", "Try again shortly",
                    "cannot check eligibility for '" + reward.name() + "' right now; nothing was redeemed");
        }
        refusal = refusal.or(() -> standing.flatMap(known -> reward.eligibility().refusal(known.level(), known.badges())));
        if (refusal.isPresent()) {
            throw new ProblemException(403, "not-eligible", "Not eligible", "'" + reward.name() + "' " + refusal.get());
        }
        if (standing.isPresent() && standing.get().balance() < reward.cost()) {
            throw new ProblemException(409, "insufficient-points", "Not enough points", "'" + reward.name()
                    + "' costs " + reward.cost() + " points; you have " + standing.get().balance());
        }
    }
}
