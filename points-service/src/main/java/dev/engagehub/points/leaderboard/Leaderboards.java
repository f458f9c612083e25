package dev.engagehub.points.leaderboard;

import dev.engagehub.points.service.Award;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoredValue;
import io.quarkus.redis.datasource.sortedset.SortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ZRangeArgs;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The Redis projection of the ledger: one sorted set per community, window and period. */
@ApplicationScoped
public class Leaderboards {
    /** All windows in one round trip; a board's expiry is set when it is first written. */
    private static final String ADD_TO_ALL_WINDOWS = """
            for i, key in ipairs(KEYS) do
              redis.call('ZINCRBY', key, ARGV[1], ARGV[2])
              local retention = tonumber(ARGV[2 + i])
              if retention > 0 and redis.call('TTL', key) < 0 then
                redis.call('EXPIRE', key, retention)
              end
            end
            return #KEYS""";
    private static final LeaderboardWindow[] WINDOWS = LeaderboardWindow.values();

    private final RedisDataSource redis;
    private final SortedSetCommands<String, String> boards;

    Leaderboards(RedisDataSource redis) {
        this.redis = redis;
        this.boards = redis.sortedSet(String.class);
    }

    public void add(Award award) {
        List<String> args = new ArrayList<>();
        args.add(ADD_TO_ALL_WINDOWS);
        args.add(String.valueOf(WINDOWS.length));
        for (LeaderboardWindow window : WINDOWS) {
            args.add(LeaderboardKeys.of(award.communityId(), window, window.periodOf(award.occurredAt(), ZoneOffset.UTC)));
        }
        args.add(String.valueOf(award.points()));
        args.add(award.memberId());
        for (LeaderboardWindow window : WINDOWS) {
            args.add(String.valueOf(window.retention().toSeconds()));
        }
        redis.execute("EVAL", args.toArray(String[]::new));
    }

    public List<LeaderboardEntry> top(String communityId, LeaderboardWindow window, String period, int limit) {
        List<ScoredValue<String>> scored = boards.zrangeWithScores(
                LeaderboardKeys.of(communityId, window, period), 0, limit - 1L, new ZRangeArgs().rev());
        List<LeaderboardEntry> entries = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            entries.add(new LeaderboardEntry(i + 1L, scored.get(i).value(), (long) scored.get(i).score()));
        }
        return entries;
    }
}
