package dev.engagehub.points.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One append-only movement of points; unique on the event that caused it. */
@Entity
@Table(name = "ledger_entries")
public class LedgerEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "community_id", nullable = false)
    public String communityId;

    @Column(name = "member_id", nullable = false)
    public String memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryKind kind;

    /** Signed: positive for awards and refunds, negative for debits. */
    @Column(nullable = false)
    public long points;

    @Column(nullable = false)
    public String action;

    @Column(name = "source_event_id", nullable = false, unique = true)
    public UUID sourceEventId;

    public String reason;

    /** Who made an admin adjustment. */
    @Column(name = "actor_id")
    public String actorId;

    /** The leaderboard segments an award counted in, so boards can be rebuilt from the ledger. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] segments;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<LedgerEntry> latestOf(String communityId, String memberId, int limit) {
        return find("communityId = ?1 and memberId = ?2 order by id desc", communityId, memberId)
                .page(0, limit).list();
    }

    public static Optional<LedgerEntry> bySource(UUID sourceEventId) {
        return find("sourceEventId", sourceEventId).firstResultOptional();
    }
}
