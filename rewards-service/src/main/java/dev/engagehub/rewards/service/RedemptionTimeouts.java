package dev.engagehub.rewards.service;

import dev.engagehub.rewards.domain.Redemption;
import dev.engagehub.rewards.domain.Redemption.Status;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Ends redemptions stuck in a step: no answer from points-service (it may have debited, so a refund is
 * asked for), or an admin review that never came. Safe on every instance at once: each ending is
 * conditional on the state, so a redemption ends once.
 */
@ApplicationScoped
public class RedemptionTimeouts {
    private static final Logger LOG = Logger.getLogger(RedemptionTimeouts.class);
    private static final int BATCH = 500;

    private final RedemptionStore store;
    private final RedemptionOutcomes outcomes;
    private final Duration debitTimeout;
    private final Duration reviewTimeout;

    RedemptionTimeouts(RedemptionStore store, RedemptionOutcomes outcomes,
                       @ConfigProperty(name = "engagehub.redemptions.debit-timeout") Duration debitTimeout,
                       @ConfigProperty(name = "engagehub.redemptions.review-timeout") Duration reviewTimeout) {
        this.store = store;
        this.outcomes = outcomes;
        this.debitTimeout = debitTimeout;
        this.reviewTimeout = reviewTimeout;
    }

    @Scheduled(every = "${engagehub.redemptions.timeout-sweep}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        expire(Instant.now());
    }

    /** Rejects what has waited too long as of {@code now}; returns how many were rejected. */
    public int expire(Instant now) {
        int expired = expire(store.stuck(Status.REQUESTED, now.minus(debitTimeout), BATCH), Status.REQUESTED,
                "timed out: points-service did not answer within " + debitTimeout.toMinutes() + " minutes");
        expired += expire(store.stuck(Status.PENDING_APPROVAL, now.minus(reviewTimeout), BATCH),
                Status.PENDING_APPROVAL, "timed out: not reviewed within " + reviewTimeout.toDays() + " days");
        if (expired > 0) {
            LOG.infof("Rejected %d stuck redemption(s)", expired);
        }
        return expired;
    }

    private int expire(List<Redemption> stuck, Status from, String reason) {
        int expired = 0;
        for (Redemption redemption : stuck) {
            if (QuarkusTransaction.requiringNew().call(() -> outcomes.reject(redemption, from, reason, null, true,
                    null))) {
                expired++;
            }
        }
        return expired;
    }
}
