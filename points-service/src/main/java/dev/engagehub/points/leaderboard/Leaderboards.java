package dev.engagehub.points.leaderboard;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoredValue;
import io.quarkus.redis.datasource.sortedset.SortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ZRangeArgs;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The Redis projection of the ledger. Each ledger entry is applied at most once: a member's entries
 * arrive in increasing id order and the script skips any id at or below the last one applied.
 */
@ApplicationScoped
public class Leaderboards {
    /** KEYS: applied, optout, boards registry, board…; ARGV: member, points, entry id, retention per board. */
    private static final String APPLY_ENTRY = """
            local last = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
            if tonumber(ARGV[3]) <= last then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
            if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 0 end
            for i = 4, #KEYS do
              local score = tonumber(redis.call('ZINCRBY', KEYS[i], ARGV[2], ARGV[1]))
              if score <= 0 then redis.call('ZREM', KEYS[i], ARGV[1]) end
              local retention = tonumber(ARGV[i])
              if retention > 0 and redis.call('TTL', KEYS[i]) < 0 then redis.call('EXPIRE', KEYS[i], retention) end
              redis.call('SADD', KEYS[3], KEYS[i])
            end
            return 1""";

    private final RedisDataSource redis;
    private final SortedSetCommands<String, String> boards;

    Leaderboards(RedisDataSource redis) {
        this.redis = redis;
        this.boards = redis.sortedSet(String.class);
    }

    /** One ledger entry, as the boards need it. */
    public record BoardEntry(String communityId, String memberId, long points, long ledgerEntryId, Instant occurredAt,
                             List<String> segments) {
    }

    /** Adds the entry to every window's board (and its segments' boards); false if it was applied before. */
    public boolean apply(BoardEntry entry, ZoneId zone) {
        List<String> keys = new ArrayList<>();
        List<String> retentions = new ArrayList<>();
        keys.add(LeaderboardKeys.applied(entry.communityId()));
        keys.add(LeaderboardKeys.optOut(entry.communityId()));
        keys.add(LeaderboardKeys.boards(entry.communityId()));
        for (LeaderboardWindow window : LeaderboardWindow.values()) {
            String period = window.periodOf(entry.occurredAt(), zone);
            keys.add(LeaderboardKeys.of(entry.communityId(), window, period));
            retentions.add(String.valueOf(window.retention().toSeconds()));
            for (String segment : entry.segments()) {
                keys.add(LeaderboardKeys.ofSegment(entry.communityId(), segment, window, period));
                retentions.add(String.valueOf(window.retention().toSeconds()));
            }
        }
        List<String> args = new ArrayList<>();
        args.add(APPLY_ENTRY);
        args.add(String.valueOf(keys.size()));
        args.addAll(keys);
        args.add(entry.memberId());
        args.add(String.valueOf(entry.points()));
        args.add(String.valueOf(entry.ledgerEntryId()));
        args.addAll(retentions);
        return redis.execute("EVAL", args.toArray(String[]::new)).toLong() == 1;
    }

    /** A page of a board, best first; {@code offset} is 0-based. */
    public List<LeaderboardEntry> page(String boardKey, long offset, int limit) {
        List<ScoredValue<String>> scored = boards.zrangeWithScores(boardKey, offset, offset + limit - 1,
                new ZRangeArgs().rev());
        List<LeaderboardEntry> entries = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            entries.add(new LeaderboardEntry(offset + i + 1, scored.get(i).value(), (long) scored.get(i).score()));
        }
        return entries;
    }

    public long size(String boardKey) {
        return boards.zcard(boardKey);
    }

    /** The member's rank and score with {@code around} neighbours either side. */
    public Standing standing(String boardKey, String memberId, int around) {
        OptionalLong found = boards.zrevrank(boardKey, memberId);
        long size = boards.zcard(boardKey);
        if (found.isEmpty()) {
            return new Standing(memberId, null, 0, size, 0, List.of());
        }
        long zeroBasedRank = found.getAsLong();
        long from = Math.max(0, zeroBasedRank - around);
        List<LeaderboardEntry> neighbours = page(boardKey, from, (int) (zeroBasedRank - from) + around + 1);
        LeaderboardEntry self = neighbours.get((int) (zeroBasedRank - from));
        long behind = zeroBasedRank == 0 ? 0 : neighbours.get((int) (zeroBasedRank - from) - 1).points() - self.points();
        return new Standing(memberId, zeroBasedRank + 1, self.points(), size, behind, neighbours);
    }
}
