package dev.engagehub.points.leaderboard;

import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Redis projection of the ledger. Each ledger entry is applied at most once: a member's entries
 * arrive in increasing id order and the script skips any id at or below the last one applied.
 */
@ApplicationScoped
public class Leaderboards {
    /**
     * Applies a batch of one community's ledger entries. KEYS: applied, optout, boards registry, built marker,
     * board…; ARGV: board count, retention per board, then per entry: member, points, entry id, n, n board
     * indexes. Each entry is checked against the member's watermark on its own; the boards then get one ZINCRBY
     * per member and board, and one TTL/registry touch per board, whatever the batch size. Without the built
     * marker nothing is applied and -1 returned: the boards must first be rebuilt from the ledger.
     */
    private static final String APPLY_ENTRIES = """
            if redis.call('EXISTS', KEYS[4]) == 0 then return -1 end
            local boards = tonumber(ARGV[1])
            local deltas = {}
            local applied = 0
            local i = boards + 2
            while i <= #ARGV do
              local member, points, id, n = ARGV[i], tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2]), tonumber(ARGV[i + 3])
              if id > tonumber(redis.call('HGET', KEYS[1], member) or '0') then
                redis.call('HSET', KEYS[1], member, ARGV[i + 2])
                applied = applied + 1
                if redis.call('SISMEMBER', KEYS[2], member) == 0 then
                  for j = 1, n do
                    local board = tonumber(ARGV[i + 3 + j])
                    deltas[board] = deltas[board] or {}
                    deltas[board][member] = (deltas[board][member] or 0) + points
                  end
                end
              end
              i = i + 4 + n
            end
            for board, byMember in pairs(deltas) do
              local key = KEYS[board]
              for member, delta in pairs(byMember) do
                if tonumber(redis.call('ZINCRBY', key, delta, member)) <= 0 then redis.call('ZREM', key, member) end
              end
              local retention = tonumber(ARGV[board - 3])
              if retention > 0 and redis.call('TTL', key) < 0 then redis.call('EXPIRE', key, retention) end
              redis.call('SADD', KEYS[3], key)
            end
            return applied""";

    /**
     * Reads are scripts, one round trip each, so their parts agree: the size, rank and neighbours of one
     * moment, never a rank from before an update and neighbours from after it.
     */
    private static final String READ_PAGE = """
            return {redis.call('ZCARD', KEYS[1]), redis.call('ZREVRANGE', KEYS[1], ARGV[1], ARGV[2], 'WITHSCORES')}""";

    /** KEYS: board; ARGV: member, around. {size} when the member is not on the board, else {size, rank, page}. */
    private static final String READ_STANDING = """
            local size = redis.call('ZCARD', KEYS[1])
            local rank = redis.call('ZREVRANK', KEYS[1], ARGV[1])
            if not rank then return {size} end
            local around = tonumber(ARGV[2])
            return {size, rank, redis.call('ZREVRANGE', KEYS[1], math.max(0, rank - around), rank + around, 'WITHSCORES')}""";

    private final RedisDataSource redis;
    private final LeaderboardRebuilder rebuilder;

    Leaderboards(RedisDataSource redis, LeaderboardRebuilder rebuilder) {
        this.redis = redis;
        this.rebuilder = rebuilder;
    }

    /** One ledger entry, as the boards need it. */
    public record BoardEntry(String communityId, String memberId, long points, long ledgerEntryId, Instant occurredAt,
                             List<String> segments) {
    }

    /** Adds the entry to every window's board (and its segments' boards); false if it was applied before. */
    public boolean apply(BoardEntry entry, ZoneId zone) {
        return applyAll(List.of(entry), community -> zone) == 1;
    }

    /**
     * Adds entries, in order, to every window's board and their segments' boards, with one script call per
     * community; returns how many were new (the rest had been applied before).
     */
    public long applyAll(List<BoardEntry> entries, Function<String, ZoneId> zoneOfCommunity) {
        Map<String, List<BoardEntry>> byCommunity = new LinkedHashMap<>();
        entries.forEach(entry -> byCommunity.computeIfAbsent(entry.communityId(), c -> new ArrayList<>()).add(entry));
        long applied = 0;
        for (Map.Entry<String, List<BoardEntry>> community : byCommunity.entrySet()) {
            String communityId = community.getKey();
            ZoneId zone = zoneOfCommunity.apply(communityId);
            long result = applyCommunity(communityId, community.getValue(), zone);
            if (result < 0) {
                // The rebuild counts every committed entry (these included, by the watermarks it sets).
                rebuilder.restoreLost(communityId, zone);
                result = applyCommunity(communityId, community.getValue(), zone);
            }
            if (result < 0) {
                throw new IllegalStateException("the boards of " + communityId + " vanished while being rebuilt");
            }
            applied += result;
        }
        return applied;
    }

    private long applyCommunity(String communityId, List<BoardEntry> entries, ZoneId zone) {
        List<String> keys = new ArrayList<>(List.of(LeaderboardKeys.applied(communityId),
                LeaderboardKeys.optOut(communityId), LeaderboardKeys.boards(communityId),
                LeaderboardKeys.built(communityId)));
        Map<String, Integer> boardIndex = new HashMap<>();
        List<String> retentions = new ArrayList<>();
        List<String> entryArgs = new ArrayList<>();
        for (BoardEntry entry : entries) {
            List<String> indexes = new ArrayList<>();
            for (LeaderboardWindow window : LeaderboardWindow.values()) {
                String period = window.periodOf(entry.occurredAt(), zone);
                List<String> boardsOfEntry = new ArrayList<>();
                boardsOfEntry.add(LeaderboardKeys.of(communityId, window, period));
                entry.segments().forEach(segment ->
                        boardsOfEntry.add(LeaderboardKeys.ofSegment(communityId, segment, window, period)));
                for (String board : boardsOfEntry) {
                    indexes.add(String.valueOf(boardIndex.computeIfAbsent(board, b -> {
                        keys.add(b);
                        retentions.add(String.valueOf(window.retention().toSeconds()));
                        return keys.size();
                    })));
                }
            }
            entryArgs.addAll(List.of(entry.memberId(), String.valueOf(entry.points()),
                    String.valueOf(entry.ledgerEntryId()), String.valueOf(indexes.size())));
            entryArgs.addAll(indexes);
        }
        List<String> args = new ArrayList<>();
        args.add(APPLY_ENTRIES);
        args.add(String.valueOf(keys.size()));
        args.addAll(keys);
        args.add(String.valueOf(retentions.size()));
        args.addAll(retentions);
        args.addAll(entryArgs);
        return redis.execute("EVAL", args.toArray(String[]::new)).toLong();
    }

    /** A page of a board, best first, with the board's size; {@code offset} is 0-based. */
    public Page page(String boardKey, long offset, int limit) {
        Response reply = redis.execute("EVAL", READ_PAGE, "1", boardKey, String.valueOf(offset),
                String.valueOf(offset + limit - 1));
        return new Page(reply.get(0).toLong(), entries(reply.get(1), offset));
    }

    /** The member's rank and score with {@code around} neighbours either side. */
    public Standing standing(String boardKey, String memberId, int around) {
        Response reply = redis.execute("EVAL", READ_STANDING, "1", boardKey, memberId, String.valueOf(around));
        long size = reply.get(0).toLong();
        if (reply.size() == 1) {
            return new Standing(memberId, null, 0, size, 0, List.of());
        }
        long zeroBasedRank = reply.get(1).toLong();
        long from = Math.max(0, zeroBasedRank - around);
        List<LeaderboardEntry> neighbours = entries(reply.get(2), from);
        LeaderboardEntry self = neighbours.get((int) (zeroBasedRank - from));
        long behind = zeroBasedRank == 0 ? 0 : neighbours.get((int) (zeroBasedRank - from) - 1).points() - self.points();
        return new Standing(memberId, zeroBasedRank + 1, self.points(), size, behind, neighbours);
    }

    /** Member, score pairs as ZREVRANGE WITHSCORES gives them, ranked from {@code offset} + 1. */
    private static List<LeaderboardEntry> entries(Response memberScorePairs, long offset) {
        List<LeaderboardEntry> entries = new ArrayList<>(memberScorePairs.size() / 2);
        for (int i = 0; i + 1 < memberScorePairs.size(); i += 2) {
            entries.add(new LeaderboardEntry(offset + i / 2 + 1, memberScorePairs.get(i).toString(),
                    (long) Double.parseDouble(memberScorePairs.get(i + 1).toString())));
        }
        return entries;
    }

    /** A page of a board and how many members the whole board has. */
    public record Page(long total, List<LeaderboardEntry> entries) {
    }
}
