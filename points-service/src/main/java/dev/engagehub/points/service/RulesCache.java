package dev.engagehub.points.service;

import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.rules.RulesStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rules (with the badges and challenges on offer) are read for every event but change rarely: each snapshot is kept for a few seconds. An edit
 * here is seen at once; an edit made through another instance within {@link #TTL}.
 */
@ApplicationScoped
public class RulesCache {
    static final Duration TTL = Duration.ofSeconds(5);

    private record Cached(CommunityRules rules, long loadedAtNanos) {
    }

    private final RulesStore store;
    private final Badges badges;
    private final Challenges challenges;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** Bumped by every eviction: a load that raced with a change must not cache what it read before the commit. */
    private final Map<String, Long> generations = new ConcurrentHashMap<>();

    private final TransactionSynchronizationRegistry transactions;

    RulesCache(RulesStore store, Badges badges, Challenges challenges, TransactionSynchronizationRegistry transactions) {
        this.store = store;
        this.badges = badges;
        this.challenges = challenges;
        this.transactions = transactions;
    }

    public Optional<CommunityRules> find(String communityId) {
        Cached cached = cache.get(communityId);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < TTL.toNanos()) {
            return Optional.of(cached.rules());
        }
        long generation = generations.getOrDefault(communityId, 0L);
        // Joins the caller's transaction, or reads in its own (the leaderboard feed has none).
        Optional<CommunityRules> loaded = QuarkusTransaction.joiningExisting().call(() -> store.load(communityId)
                .map(rules -> rules.withProgram(badges.definitions(communityId), challenges.all(communityId))));
        if (loaded.isEmpty()) {
            cache.remove(communityId);
            return loaded;
        }
        cache.put(communityId, new Cached(loaded.get(), System.nanoTime()));
        if (generations.getOrDefault(communityId, 0L) != generation) {
            cache.remove(communityId); // changed while loading: what was read may predate the commit
        }
        return loaded;
    }

    /** The rules, or a 404 problem naming the community. */
    public CommunityRules require(String communityId) {
        return find(communityId).orElseThrow(() -> ProblemException.notFound("Community", communityId));
    }

    /** Forgets the community's rules; inside a transaction, once it has completed, so no reader caches the old ones. */
    public void evict(String communityId) {
        forget(communityId);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // The rows are not committed yet.
                }

                @Override
                public void afterCompletion(int status) {
                    forget(communityId);
                }
            });
        }
    }

    private void forget(String communityId) {
        generations.merge(communityId, 1L, Long::sum);
        cache.remove(communityId);
    }
}
