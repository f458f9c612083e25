package dev.engagehub.kit.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Counters of what transactions wrote (ledger entries, redemption steps), counted when the transaction commits:
 * a batch that rolls back and is applied again must not count twice on the operators' dashboard.
 */
@ApplicationScoped
public class CommittedCounters {
    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    CommittedCounters(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** Adds {@code amount} to counter {@code name} with one tag, once the current transaction (if any) commits. */
    public void add(String name, String tag, String value, long amount) {
        Counter counter = registry.counter(name, tag, value);
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            counter.increment(amount);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing is certain before the commit.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment(amount);
                }
            }
        });
    }
}
