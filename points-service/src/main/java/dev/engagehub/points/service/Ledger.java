package dev.engagehub.points.service;

import static dev.engagehub.kit.db.SqlValues.number;

import dev.engagehub.kit.db.ArraySql;
import dev.engagehub.kit.db.SqlValues;
import dev.engagehub.kit.metrics.CommittedCounters;
import dev.engagehub.points.domain.EntryKind;
import dev.engagehub.points.domain.LedgerEntry;
import dev.engagehub.points.domain.LevelCurve;
import dev.engagehub.points.domain.MemberPoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The only writer of the ledger and the balances derived from it. Each write first locks the member's
 * balance row, then appends the entry: so one member's entry ids increase in commit order, which the
 * leaderboard projection relies on, and a balance can never go below zero.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {
    private static final int IDS_RESERVED_AT_MOST = 1000;

    /** Ledger rows written, by kind: the dashboard's "ledger writes". */
    static final String ENTRIES_METRIC = "engagehub.ledger.entries";

    private final EntityManager db;
    private final PendingAwards pending;
    private final CommittedCounters counters;

    Ledger(EntityManager db, PendingAwards pending, CommittedCounters counters) {
        this.db = db;
        this.pending = pending;
        this.counters = counters;
    }

    /** Earned points: both the balance and lifetime XP grow. */
    public Posted award(Movement movement, LevelCurve curve) {
        PendingAwards.Account account = pending.accountOf(movement.communityId(), movement.memberId());
        if (account != null) {
            return awardLater(account, movement, curve);
        }
        MemberPoints after = upsert(movement, movement.points(), movement.points(), curve);
        return new Posted(append(movement, EntryKind.AWARD), after);
    }

    /**
     * Starts a batch of awards: locks the balance rows of {@code members} (in one fixed order, so batches queue
     * rather than deadlock) and reads them in one statement. Until {@link #writeAwards}, awards to these members
     * are worked out in memory, with entry ids reserved from the ledger's sequence after the locks are held, so
     * each member's ids still rise in commit order. Awards to anyone else are written at once, as usual.
     */
    public void lockForAwards(String communityId, Collection<String> members) {
        List<String> ordered = members.stream().distinct().sorted().toList();
        if (ordered.isEmpty()) {
            return;
        }
        ordered.forEach(member -> pending.hold(communityId, member, new PendingAwards.Account(0, 0)));
        for (Object[] row : ArraySql.rows(db, """
                SELECT member_id, balance, lifetime_xp FROM member_points
                WHERE community_id = ? AND member_id = ANY(?::text[])
                ORDER BY member_id FOR UPDATE""", communityId, ordered.toArray())) {
            pending.hold(communityId, (String) row[0], new PendingAwards.Account(number(row[1]), number(row[2])));
        }
    }

    /** Writes the batch's entries and balance changes, one statement each, and ends the batch. */
    public void writeAwards() {
        List<LedgerEntry> entries = pending.entries();
        if (!entries.isEmpty()) {
            insertEntries(entries);
        }
        List<Map.Entry<PendingAwards.MemberKey, PendingAwards.Account>> changed = pending.accounts().entrySet()
                .stream().filter(account -> account.getValue().added != 0)
                .sorted(Comparator.comparing((Map.Entry<PendingAwards.MemberKey, PendingAwards.Account> account) ->
                        account.getKey().communityId()).thenComparing(account -> account.getKey().memberId()))
                .toList();
        if (!changed.isEmpty()) {
            addToBalances(changed);
        }
        pending.clear();
    }

    private Posted awardLater(PendingAwards.Account account, Movement movement, LevelCurve curve) {
        account.balance += movement.points();
        account.lifetimeXp += movement.points();
        account.added += movement.points();
        LedgerEntry entry = entryOf(movement, EntryKind.AWARD);
        entry.id = reserveId();
        pending.add(entry);
        return new Posted(entry.id, MemberPoints.of(movement.communityId(), movement.memberId(), account.balance,
                account.lifetimeXp, curve));
    }

    private long reserveId() {
        Long id = pending.nextReservedId();
        if (id == null) {
            // Enough for an award per locked member at first, then doubling: a batch reserves in one or two trips.
            int wanted = Math.max(16, Math.max(pending.entries().size(), pending.accounts().size()));
            List<?> ids = db.createNativeQuery("""
                            SELECT nextval(pg_get_serial_sequence('ledger_entries', 'id'))
                            FROM generate_series(1, ?1) ORDER BY 1""")
                    .setParameter(1, Math.min(IDS_RESERVED_AT_MOST, wanted))
                    .getResultList();
            pending.reserve(ids.stream().map(SqlValues::number).toList());
            id = pending.nextReservedId();
        }
        return id;
    }

    private void insertEntries(List<LedgerEntry> entries) {
        int size = entries.size();
        long[] ids = new long[size];
        long[] points = new long[size];
        String[] communities = new String[size];
        String[] members = new String[size];
        String[] kinds = new String[size];
        String[] actions = new String[size];
        String[] reasons = new String[size];
        String[] actors = new String[size];
        String[] segments = new String[size];
        UUID[] sources = new UUID[size];
        Instant[] occurredAt = new Instant[size];
        Instant[] recordedAt = new Instant[size];
        for (int i = 0; i < size; i++) {
            LedgerEntry entry = entries.get(i);
            ids[i] = entry.id;
            points[i] = entry.points;
            communities[i] = entry.communityId;
            members[i] = entry.memberId;
            kinds[i] = entry.kind.name();
            actions[i] = entry.action;
            reasons[i] = entry.reason;
            actors[i] = entry.actorId;
            segments[i] = arrayLiteral(entry.segments);
            sources[i] = entry.sourceEventId;
            occurredAt[i] = entry.occurredAt;
            recordedAt[i] = entry.recordedAt;
        }
        // Each entry's segments travel as one array literal, cast back to an array per row.
        ArraySql.update(db, """
                INSERT INTO ledger_entries (id, community_id, member_id, kind, points, action, source_event_id, reason,
                                            actor_id, segments, occurred_at, recorded_at)
                SELECT id, community_id, member_id, kind, points, action, source_event_id, reason, actor_id,
                       segments::varchar[], occurred_at, recorded_at
                FROM unnest(?::int8[], ?::text[], ?::text[], ?::text[], ?::int8[], ?::text[], ?::uuid[], ?::text[],
                            ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])
                     AS r (id, community_id, member_id, kind, points, action, source_event_id, reason, actor_id,
                           segments, occurred_at, recorded_at)""", ids, communities, members, kinds, points, actions,
                sources, reasons, actors, segments, occurredAt, recordedAt);
        entries.stream().collect(Collectors.groupingBy(entry -> entry.kind, Collectors.counting()))
                .forEach((kind, count) -> counters.add(ENTRIES_METRIC, "kind", kind.name(), count));
    }

    private static String arrayLiteral(String[] values) {
        if (values == null || values.length == 0) {
            return null;
        }
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            literal.append(i == 0 ? "\"" : ",\"")
                    .append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private void addToBalances(List<Map.Entry<PendingAwards.MemberKey, PendingAwards.Account>> changed) {
        int size = changed.size();
        String[] communities = new String[size];
        String[] members = new String[size];
        long[] added = new long[size];
        for (int i = 0; i < size; i++) {
            communities[i] = changed.get(i).getKey().communityId();
            members[i] = changed.get(i).getKey().memberId();
            added[i] = changed.get(i).getValue().added;
        }
        ArraySql.update(db, """
                INSERT INTO member_points (community_id, member_id, balance, lifetime_xp)
                SELECT community_id, member_id, added, added
                FROM unnest(?::text[], ?::text[], ?::int8[]) AS r (community_id, member_id, added)
                ON CONFLICT (community_id, member_id) DO UPDATE
                   SET balance = member_points.balance + EXCLUDED.balance,
                       lifetime_xp = member_points.lifetime_xp + EXCLUDED.lifetime_xp,
                       updated_at = now()""", communities, members, added);
    }

    /** Gives back debited points (a rejected redemption); lifetime XP does not change. */
    public Posted refund(Movement movement, LevelCurve curve) {
        MemberPoints after = upsert(movement, movement.points(), 0, curve);
        return new Posted(append(movement, EntryKind.REFUND), after);
    }

    /** Spends points if the balance covers them; empty, with nothing written, if it does not. */
    public Optional<Posted> debit(Movement movement, LevelCurve curve) {
        return takeAway(movement, false, curve).map(after -> new Posted(append(movement, EntryKind.DEBIT), after));
    }

    /** An admin's signed correction of balance and XP; a deduction beyond the balance is refused (empty). */
    public Optional<Posted> adjust(Movement movement, LevelCurve curve) {
        Optional<MemberPoints> after = movement.points() > 0
                ? Optional.of(upsert(movement, movement.points(), movement.points(), curve))
                : takeAway(movement, true, curve);
        return after.map(points -> new Posted(append(movement, EntryKind.ADJUSTMENT), points));
    }

    /** True once the member has had any points. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAccount(String communityId, String memberId) {
        return !db.createNativeQuery("SELECT 1 FROM member_points WHERE community_id = ?1 AND member_id = ?2")
                .setParameter(1, communityId).setParameter(2, memberId).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberPoints pointsOf(String communityId, String memberId, LevelCurve curve) {
        List<?> rows = db.createNativeQuery(
                        "SELECT balance, lifetime_xp FROM member_points WHERE community_id = ?1 AND member_id = ?2")
                .setParameter(1, communityId).setParameter(2, memberId).getResultList();
        Object[] row = rows.isEmpty() ? new Object[] {0L, 0L} : (Object[]) rows.get(0);
        return MemberPoints.of(communityId, memberId, number(row[0]), number(row[1]), curve);
    }

    private MemberPoints upsert(Movement movement, long balanceDelta, long xpDelta, LevelCurve curve) {
        Object[] row = (Object[]) db.createNativeQuery("""
                        INSERT INTO member_points (community_id, member_id, balance, lifetime_xp)
                        VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (community_id, member_id) DO UPDATE
                           SET balance = member_points.balance + EXCLUDED.balance,
                               lifetime_xp = member_points.lifetime_xp + EXCLUDED.lifetime_xp,
                               updated_at = now()
                        RETURNING balance, lifetime_xp""")
                .setParameter(1, movement.communityId()).setParameter(2, movement.memberId())
                .setParameter(3, balanceDelta).setParameter(4, xpDelta)
                .getSingleResult();
        return MemberPoints.of(movement.communityId(), movement.memberId(), number(row[0]), number(row[1]), curve);
    }

    /** Removes |points| from the balance (and XP when asked) only if the balance covers it. */
    private Optional<MemberPoints> takeAway(Movement movement, boolean alsoXp, LevelCurve curve) {
        long amount = Math.abs(movement.points());
        List<?> rows = db.createNativeQuery("""
                        UPDATE member_points
                           SET balance = balance - ?3,
                               lifetime_xp = lifetime_xp - CASE WHEN ?4 THEN ?3 ELSE 0 END,
                               updated_at = now()
                         WHERE community_id = ?1 AND member_id = ?2 AND balance >= ?3
                        RETURNING balance, lifetime_xp""")
                .setParameter(1, movement.communityId()).setParameter(2, movement.memberId())
                .setParameter(3, amount).setParameter(4, alsoXp)
                .getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r).map(row ->
                MemberPoints.of(movement.communityId(), movement.memberId(), number(row[0]), number(row[1]), curve));
    }

    private long append(Movement movement, EntryKind kind) {
        LedgerEntry entry = entryOf(movement, kind);
        entry.persist();
        // Append-only: written now and kept out of the session, so a batch's later statements never dirty-check it.
        db.flush();
        db.detach(entry);
        counters.add(ENTRIES_METRIC, "kind", kind.name(), 1);
        return entry.id;
    }

    private static LedgerEntry entryOf(Movement movement, EntryKind kind) {
        LedgerEntry entry = new LedgerEntry();
        entry.communityId = movement.communityId();
        entry.memberId = movement.memberId();
        entry.kind = kind;
        entry.points = kind == EntryKind.DEBIT ? -Math.abs(movement.points()) : movement.points();
        entry.action = movement.action();
        entry.sourceEventId = movement.sourceEventId();
        entry.reason = movement.reason();
        entry.actorId = movement.actorId();
        entry.segments = movement.segments().isEmpty() ? null : movement.segments().toArray(String[]::new);
        entry.occurredAt = movement.occurredAt();
        entry.recordedAt = Instant.now();
        return entry;
    }

    /** One movement of points, before it is written. */
    public record Movement(String communityId, String memberId, long points, String action, UUID sourceEventId,
                           String reason, String actorId, List<String> segments, Instant occurredAt) {
        public Movement {
            segments = segments == null ? List.of() : List.copyOf(segments);
        }
    }
}
