package dev.engagehub.points.service;

import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.PointsDebitRejected;
import dev.engagehub.events.PointsDebited;
import dev.engagehub.events.PointsRefunded;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.RedemptionRequested;
import dev.engagehub.kit.inbox.Inbox;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.points.domain.LedgerEntry;
import dev.engagehub.points.domain.LevelCurve;
import dev.engagehub.points.domain.MemberPoints;
import dev.engagehub.points.rules.CommunityRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * points-service's part of the redemption saga: debit the cost or say why not, and refund a rejected
 * redemption once. Ledger keys derive from the redemption id, so each redemption is debited at most once
 * and refunded at most once, whatever is redelivered.
 */
@ApplicationScoped
@Transactional
public class RedemptionPayments {
    static final String CONSUMER = "points-redemptions";
    static final String ACTION = "redemption";

    private final Inbox inbox;
    private final Outbox outbox;
    private final Ledger ledger;
    private final RulesCache rules;

    RedemptionPayments(Inbox inbox, Outbox outbox, Ledger ledger, RulesCache rules) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.ledger = ledger;
        this.rules = rules;
    }

    public void onRequested(EventEnvelope<RedemptionRequested> request) {
        if (!inbox.firstDelivery(CONSUMER, request.eventId())) {
            return;
        }
        RedemptionRequested redemption = request.payload();
        Optional<CommunityRules> community = rules.find(request.communityId());
        LevelCurve curve = community.map(CommunityRules::curve).orElse(LevelCurve.DEFAULT);
        MemberPoints before = ledger.pointsOf(request.communityId(), request.memberId(), curve);
        if (community.isEmpty() || !ledger.hasAccount(request.communityId(), request.memberId())) {
            reject(request, before, PointsDebitRejected.Reason.MEMBER_UNKNOWN);
            return;
        }
        ledger.debit(new Ledger.Movement(request.communityId(), request.memberId(), redemption.cost(), ACTION,
                        debitId(redemption.redemptionId()), redemption.rewardName(), null, List.of(),
                        request.occurredAt()), curve)
                .ifPresentOrElse(
                        posted -> outbox.add(request.followUp(EventSource.POINTS_SERVICE,
                                new PointsDebited(redemption.redemptionId(), redemption.cost(),
                                        posted.after().balance()))),
                        () -> reject(request, before, PointsDebitRejected.Reason.INSUFFICIENT_POINTS));
    }

    public void onRejected(EventEnvelope<RedemptionRejected> rejection) {
        RedemptionRejected rejected = rejection.payload();
        if (!inbox.firstDelivery(CONSUMER, rejection.eventId()) || !rejected.refundDue()) {
            return;
        }
        Optional<LedgerEntry> debit = LedgerEntry.bySource(debitId(rejected.redemptionId()));
        if (debit.isEmpty() || LedgerEntry.bySource(refundId(rejected.redemptionId())).isPresent()) {
            return;
        }
        LevelCurve curve = rules.find(rejection.communityId()).map(CommunityRules::curve).orElse(LevelCurve.DEFAULT);
        long amount = Math.abs(debit.get().points);
        Posted posted = ledger.refund(new Ledger.Movement(rejection.communityId(), debit.get().memberId, amount,
                ACTION, refundId(rejected.redemptionId()), rejected.reason(), null, List.of(),
                rejection.occurredAt()), curve);
        outbox.add(rejection.followUpFor(debit.get().memberId, EventSource.POINTS_SERVICE,
                new PointsRefunded(rejected.redemptionId(), amount, posted.after().balance(), rejected.reason())));
    }

    private void reject(EventEnvelope<RedemptionRequested> request, MemberPoints before,
                        PointsDebitRejected.Reason reason) {
        outbox.add(request.followUp(EventSource.POINTS_SERVICE, new PointsDebitRejected(
                request.payload().redemptionId(), request.payload().cost(), before.balance(), reason)));
    }

    static UUID debitId(UUID redemptionId) {
        return UUID.nameUUIDFromBytes(("debit:" + redemptionId).getBytes(StandardCharsets.UTF_8));
    }

    static UUID refundId(UUID redemptionId) {
        return UUID.nameUUIDFromBytes(("refund:" + redemptionId).getBytes(StandardCharsets.UTF_8));
    }
}
