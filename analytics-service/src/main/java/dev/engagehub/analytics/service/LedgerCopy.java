package dev.engagehub.analytics.service;

import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.PointsAwarded;
import dev.engagehub.kit.db.ArraySql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ledger's copy for exports ({@code ledger_rows}), one row per points event, unique on the event id. For
 * awards, the bulk of the stream, that row is also the mark that the event was applied: an award's other
 * aggregates are folded only if its row was new, so awards need no separate inbox row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LedgerCopy {
    private final EntityManager db;

    LedgerCopy(EntityManager db) {
        this.db = db;
    }

    /** Copies the awards in one statement; returns the ids of those copied now, not before. */
    public Set<UUID> firstAwards(List<EventEnvelope<PointsAwarded>> awards) {
        Set<UUID> fresh = new HashSet<>();
        if (awards.isEmpty()) {
            return fresh;
        }
        int size = awards.size();
        UUID[] eventIds = new UUID[size];
        String[] communities = new String[size];
        String[] members = new String[size];
        String[] actions = new String[size];
        String[] reasons = new String[size];
        long[] points = new long[size];
        long[] balances = new long[size];
        Instant[] occurredAt = new Instant[size];
        for (int i = 0; i < size; i++) {
            EventEnvelope<PointsAwarded> event = awards.get(i);
            eventIds[i] = event.eventId();
            communities[i] = event.communityId();
            members[i] = event.memberId();
            actions[i] = event.payload().action();
            reasons[i] = event.payload().reason();
            points[i] = event.payload().points();
            balances[i] = event.payload().balance();
            occurredAt[i] = event.occurredAt();
        }
        for (Object[] row : ArraySql.rows(db, """
                INSERT INTO ledger_rows (event_id, community_id, member_id, kind, points, balance, action, reason,
                                         occurred_at)
                SELECT event_id, community_id, member_id, 'award', points, balance, action, reason, occurred_at
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int8[], ?::int8[], ?::text[], ?::text[],
                            ?::timestamptz[]) AS r (event_id, community_id, member_id, points, balance, action,
                                                    reason, occurred_at)
                ON CONFLICT (event_id) DO NOTHING RETURNING event_id""",
                eventIds, communities, members, points, balances, actions, reasons, occurredAt)) {
            fresh.add((UUID) row[0]);
        }
        return fresh;
    }

    /** Copies any other points event (adjustment, debit, refund); a copy made before is left as it is. */
    public void add(EventEnvelope<?> event, String kind, long points, long balance, String reason) {
        db.createNativeQuery("""
                        INSERT INTO ledger_rows (event_id, community_id, member_id, kind, points, balance, action, reason,
                        occurred_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?8) ON CONFLICT (event_id) DO NOTHING""")
                .setParameter(1, event.eventId()).setParameter(2, event.communityId())
                .setParameter(3, event.memberId()).setParameter(4, kind).setParameter(5, points)
                .setParameter(6, balance).setParameter(7, reason).setParameter(8, event.occurredAt())
                .executeUpdate();
    }
}
