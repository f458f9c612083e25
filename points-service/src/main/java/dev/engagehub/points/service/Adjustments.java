package dev.engagehub.points.service;

import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.PointsAdjusted;
import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.points.domain.LedgerEntry;
import dev.engagehub.points.rules.CommunityRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Admins' manual awards and deductions: reasoned, audited, idempotent on the request's key. */
@ApplicationScoped
@Transactional
public class Adjustments {
    static final String ACTION = "admin_adjustment";
    public static final long MAX_ADJUSTMENT = 1_000_000;

    private final Ledger ledger;
    private final Outbox outbox;
    private final AuditLog audit;
    private final RulesCache rules;
    private final Progress progress;

    Adjustments(Ledger ledger, Outbox outbox, AuditLog audit, RulesCache rules, Progress progress) {
        this.progress = progress;
        this.ledger = ledger;
        this.outbox = outbox;
        this.audit = audit;
        this.rules = rules;
    }

    /**
     * Applies the adjustment once per {@code idempotencyKey}: a retried request returns the first result.
     * A deduction larger than the balance is refused and changes nothing.
     */
    public Posted adjust(String communityId, String memberId, long points, String reason, String actorId,
                         String idempotencyKey) {
        CommunityRules community = rules.require(communityId);
        // Compared both ways: Math.abs(Long.MIN_VALUE) is still negative.
        if (points == 0 || points > MAX_ADJUSTMENT || points < -MAX_ADJUSTMENT) {
            throw ProblemException.badRequest("invalid-points",
                    "points must be non-zero and at most " + MAX_ADJUSTMENT + " either way");
        }
        UUID sourceId = UUID.nameUUIDFromBytes(("adjust:" + communityId + ":" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8));
        var previous = LedgerEntry.bySource(sourceId);
        if (previous.isPresent()) {
            return new Posted(previous.get().id, ledger.pointsOf(communityId, previous.get().memberId,
                    community.curve()));
        }
        Instant now = Instant.now();
        Posted posted = ledger.adjust(new Ledger.Movement(communityId, memberId, points, ACTION, sourceId, reason,
                actorId, List.of(), now), community.curve()).orElseThrow(() -> new ProblemException(409,
                "insufficient-points", "Insufficient points", "member '" + memberId + "' has "
                + ledger.pointsOf(communityId, memberId, community.curve()).balance()
                + " points, fewer than the " + Math.abs(points) + " to deduct"));
        EventEnvelope<PointsAdjusted> adjusted = EventEnvelope.of(communityId, memberId, EventSource.POINTS_SERVICE,
                new PointsAdjusted(points, posted.after().balance(), posted.after().lifetimeXp(), posted.entryId(),
                        actorId, reason)).occurringAt(now);
        outbox.add(adjusted);
        if (points > 0) {
            progress.announceLevelsCrossed(community, adjusted, posted.after().lifetimeXp() - points,
                    posted.after().lifetimeXp());
        }
        audit.record(communityId, actorId, points > 0 ? "points.award" : "points.deduct", "member:" + memberId,
                points + " points: " + reason);
        return posted;
    }
}
