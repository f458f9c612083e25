package dev.engagehub.points.leaderboard;

import dev.engagehub.points.rules.RulesStore;
import dev.engagehub.points.service.RulesCache;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.keys.KeyCommands;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Rebuilds the boards of quiet communities too when Redis comes back empty: a busy community's next entry
 * triggers its rebuild, but a quiet one's members would otherwise see empty boards until someone earns.
 */
@ApplicationScoped
public class LostBoardsWatch {
    private static final Logger LOG = Logger.getLogger(LostBoardsWatch.class);

    private final RulesStore communities;
    private final RulesCache rules;
    private final LeaderboardRebuilder rebuilder;
    private final KeyCommands<String> keys;

    LostBoardsWatch(RulesStore communities, RulesCache rules, LeaderboardRebuilder rebuilder, RedisDataSource redis) {
        this.communities = communities;
        this.rules = rules;
        this.rebuilder = rebuilder;
        this.keys = redis.key();
    }

    @Scheduled(every = "${engagehub.leaderboards.lost-check}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void restoreLostBoards() {
        try {
            for (String communityId : communities.communityIds()) {
                if (!keys.exists(LeaderboardKeys.built(communityId))) {
                    rebuilder.restoreLost(communityId, rules.require(communityId).zone());
                }
            }
        } catch (RuntimeException e) {
            // Redis or PostgreSQL away, or another instance rebuilding: the next run tries again.
            LOG.warnf("lost-boards check: %s", e.toString());
        }
    }
}
