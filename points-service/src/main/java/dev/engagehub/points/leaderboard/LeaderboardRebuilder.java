package dev.engagehub.points.leaderboard;

import static dev.engagehub.kit.db.SqlValues.number;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.hash.HashCommands;
import io.quarkus.redis.datasource.keys.KeyCommands;
import io.quarkus.redis.datasource.set.SetCommands;
import io.quarkus.redis.datasource.sortedset.SortedSetCommands;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Recomputes boards from the ledger, which is the truth: after Redis lost data, after a bug, or when a
 * member opts back in. When Redis lost a community's boards the projection stops applying entries until
 * {@link #restoreLost} rebuilt them, so that rebuild is exact under load. An operator's {@link #rebuild} runs
 * beside the projection: members active meanwhile may be off by their in-flight entries until the next one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeaderboardRebuilder {
    private static final Logger LOG = Logger.getLogger(LeaderboardRebuilder.class);
    /**
     * Per window, member, segment (null: the whole community) and period: XP earned and the last entry counted.
     * One statement for every window, so all of them (and the watermarks) see the same ledger while it grows.
     */
    private static final String SUMS = """
            SELECT w.name, e.member_id, seg, to_char(e.occurred_at AT TIME ZONE ?2, w.format) AS period,
                   sum(e.points), max(e.id)
            FROM ledger_entries e
            JOIN (VALUES %s) AS w(name, format, since) ON e.occurred_at >= w.since
            CROSS JOIN LATERAL unnest(array_prepend(NULL::varchar, coalesce(e.segments, '{}'::varchar[]))) AS seg
            JOIN member_points p ON p.community_id = e.community_id AND p.member_id = e.member_id
            WHERE e.community_id = ?1 AND e.kind IN ('AWARD', 'ADJUSTMENT') AND NOT p.leaderboard_opt_out
              AND (CAST(?3 AS varchar) IS NULL OR e.member_id = CAST(?3 AS varchar))
            GROUP BY w.name, w.format, e.member_id, seg, period
            HAVING sum(e.points) > 0""".formatted(windowRows());

    private static final String OPTED_OUT = """
            SELECT member_id FROM member_points WHERE community_id = ?1 AND leaderboard_opt_out""";
    /** Long enough for a large community's rebuild; short enough that a crashed rebuilder blocks no one for long. */
    private static final long REBUILD_LOCK_SECONDS = 300;

    private final EntityManager db;
    private final RedisDataSource redis;
    private final SortedSetCommands<String, String> boards;
    private final SetCommands<String, String> sets;
    private final HashCommands<String, String, String> hashes;
    private final KeyCommands<String> keys;
    private final ValueCommands<String, String> values;

    LeaderboardRebuilder(EntityManager db, RedisDataSource redis) {
        this.db = db;
        this.redis = redis;
        this.boards = redis.sortedSet(String.class);
        this.sets = redis.set(String.class);
        this.hashes = redis.hash(String.class);
        this.keys = redis.key();
        this.values = redis.value(String.class);
    }

    /** Replaces every board of the community; returns how many boards were written. */
    public int rebuild(String communityId, ZoneId zone) {
        List<String> old = List.copyOf(sets.smembers(LeaderboardKeys.boards(communityId)));
        if (!old.isEmpty()) {
            keys.del(old.toArray(String[]::new));
        }
        keys.del(LeaderboardKeys.boards(communityId), LeaderboardKeys.optOut(communityId));
        List<String> optedOut = optedOut(communityId);
        if (!optedOut.isEmpty()) {
            sets.sadd(LeaderboardKeys.optOut(communityId), optedOut.toArray(String[]::new));
        }
        int written = write(communityId, zone, null);
        values.set(LeaderboardKeys.built(communityId), Instant.now().toString());
        return written;
    }

    /**
     * Rebuilds the community's boards if Redis lost them, once across all instances: the others fail until it
     * is done, for their retry to apply their entries on the rebuilt boards.
     */
    @ActivateRequestContext // called from the projection's consumer thread, which has no context of its own
    public void restoreLost(String communityId, ZoneId zone) {
        String lock = LeaderboardKeys.rebuilding(communityId);
        if (redis.execute("SET", lock, "rebuilding", "NX", "EX", String.valueOf(REBUILD_LOCK_SECONDS)) == null) {
            throw new IllegalStateException("the boards of " + communityId + " are being rebuilt by another instance");
        }
        try {
            if (!keys.exists(LeaderboardKeys.built(communityId))) {
                // A new community, or Redis lost its boards (restarted empty, flushed).
                int written = rebuild(communityId, zone);
                LOG.infof("built %d boards of %s from the ledger", written, communityId);
            }
        } finally {
            keys.del(lock);
        }
    }

    /** Puts one member back on every board from the ledger (after opting back in). */
    public void rebuildMember(String communityId, String memberId, ZoneId zone) {
        write(communityId, zone, memberId);
    }

    /** Takes a member off every board; their entries keep counting in the ledger. */
    public void hide(String communityId, String memberId) {
        sets.sadd(LeaderboardKeys.optOut(communityId), memberId);
        for (String board : sets.smembers(LeaderboardKeys.boards(communityId))) {
            boards.zrem(board, memberId);
        }
    }

    public void unhide(String communityId, String memberId) {
        sets.srem(LeaderboardKeys.optOut(communityId), memberId);
    }

    private int write(String communityId, ZoneId zone, String onlyMember) {
        Map<String, Map<String, Double>> scoresByBoard = new HashMap<>();
        Map<String, Long> lastApplied = new HashMap<>();
        Map<String, LeaderboardWindow> windowOf = new HashMap<>();
        for (Object[] row : sums(communityId, zone, onlyMember)) {
            LeaderboardWindow window = LeaderboardWindow.valueOf((String) row[0]);
            String member = (String) row[1];
            String board = LeaderboardKeys.ofSegment(communityId, (String) row[2], window, (String) row[3]);
            scoresByBoard.computeIfAbsent(board, key -> new HashMap<>()).put(member, (double) number(row[4]));
            lastApplied.merge(member, number(row[5]), Math::max);
            windowOf.put(board, window);
        }
        scoresByBoard.forEach((board, scores) -> {
            boards.zadd(board, scores);
            long retention = windowOf.get(board).retention().toSeconds();
            if (retention > 0) {
                keys.expire(board, retention);
            }
            sets.sadd(LeaderboardKeys.boards(communityId), board);
        });
        Map<String, String> watermarks = new HashMap<>();
        lastApplied.forEach((member, id) -> watermarks.put(member, String.valueOf(id)));
        if (!watermarks.isEmpty()) {
            hashes.hset(LeaderboardKeys.applied(communityId), watermarks);
        }
        return scoresByBoard.size();
    }

    @SuppressWarnings("unchecked")
    private List<String> optedOut(String communityId) {
        return db.createNativeQuery(OPTED_OUT).setParameter(1, communityId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> sums(String communityId, ZoneId zone, String onlyMember) {
        Query query = db.createNativeQuery(SUMS).setParameter(1, communityId).setParameter(2, zone.getId())
                .setParameter(3, onlyMember);
        int parameter = 4;
        Instant now = Instant.now();
        for (LeaderboardWindow window : LeaderboardWindow.values()) {
            Instant since = window.retention().isZero() ? Instant.EPOCH : now.minus(window.retention());
            query.setParameter(parameter++, window.name()).setParameter(parameter++, window.sqlPeriodFormat())
                    .setParameter(parameter++, Timestamp.from(since));
        }
        return query.getResultList();
    }

    /** One {@code (name, format, since)} row of parameters per window, numbered from 4. */
    private static String windowRows() {
        StringBuilder rows = new StringBuilder();
        int parameter = 4;
        for (int i = 0; i < LeaderboardWindow.values().length; i++, parameter += 3) {
            rows.append(i == 0 ? "" : ", ").append("(CAST(?").append(parameter).append(" AS varchar), CAST(?")
                    .append(parameter + 1).append(" AS varchar), CAST(?").append(parameter + 2)
                    .append(" AS timestamptz))");
        }
        return rows.toString();
    }
}
