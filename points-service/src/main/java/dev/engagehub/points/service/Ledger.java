package dev.engagehub.points.service;

import static dev.engagehub.kit.db.SqlValues.number;

import dev.engagehub.points.domain.EntryKind;
import dev.engagehub.points.domain.LedgerEntry;
import dev.engagehub.points.domain.LevelCurve;
import dev.engagehub.points.domain.MemberPoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The only writer of the ledger and the balances derived from it. Each write first locks the member's
 * balance row, then appends the entry: so one member's entry ids increase in commit order, which the
 * leaderboard projection relies on, and a balance can never go below zero.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {
    private final EntityManager db;

    Ledger(EntityManager db) {
        this.db = db;
    }

    /** Earned points: both the balance and lifetime XP grow. */
    public Posted award(Movement movement, LevelCurve curve) {
        MemberPoints after = upsert(movement, movement.points(), movement.points(), curve);
        return new Posted(append(movement, EntryKind.AWARD), after);
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
        entry.persist();
        // Append-only: written now and kept out of the session, so a batch's later statements never dirty-check it.
        db.flush();
        db.detach(entry);
        return entry.id;
    }

    /** One movement of points, before it is written. */
    public record Movement(String communityId, String memberId, long points, String action, UUID sourceEventId,
                           String reason, String actorId, List<String> segments, Instant occurredAt) {
        public Movement {
            segments = segments == null ? List.of() : List.copyOf(segments);
        }
    }
}
