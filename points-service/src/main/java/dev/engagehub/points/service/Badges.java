package dev.engagehub.points.service;

import dev.engagehub.events.BadgeEarned;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.kit.db.SqlValues;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.points.domain.BadgeDefinition;
import dev.engagehub.points.domain.BadgeKind;
import dev.engagehub.points.rules.CommunityRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Badge definitions per community and the badges members hold; each badge is earned once. */
@ApplicationScoped
@Transactional
public class Badges {
    /** Offered by every new community. */
    public static final List<BadgeDefinition> DEFAULTS = List.of(
            new BadgeDefinition("level-5", "Regular", "Reached level 5", BadgeKind.LEVEL, 5, null),
            new BadgeDefinition("level-10", "Veteran", "Reached level 10", BadgeKind.LEVEL, 10, null),
            new BadgeDefinition("level-25", "Legend", "Reached level 25", BadgeKind.LEVEL, 25, null),
            new BadgeDefinition("streak-3", "Warming Up", "Active 3 days in a row", BadgeKind.STREAK_DAYS, 3, null),
            new BadgeDefinition("streak-7", "Week Warrior", "Active 7 days in a row", BadgeKind.STREAK_DAYS, 7, null),
            new BadgeDefinition("streak-30", "Unstoppable", "Active 30 days in a row", BadgeKind.STREAK_DAYS, 30, null),
            new BadgeDefinition("first-submission", "Contributor", "First approved submission",
                    BadgeKind.APPROVED_SUBMISSIONS, 1, null),
            new BadgeDefinition("ten-submissions", "Creator", "Ten approved submissions",
                    BadgeKind.APPROVED_SUBMISSIONS, 10, null),
            new BadgeDefinition("chatterbox", "Chatterbox", "1,000 rewarded messages", BadgeKind.ACTION_COUNT, 1_000,
                    "message"),
            new BadgeDefinition("first-challenge", "Challenger", "Completed a challenge",
                    BadgeKind.CHALLENGES_COMPLETED, 1, null),
            new BadgeDefinition("monthly-top-10", "Top 10", "Finished a month in the top 10", BadgeKind.MONTHLY_TOP,
                    10, null));

    private final EntityManager db;
    private final Outbox outbox;
    private final AuditLog audit;

    Badges(EntityManager db, Outbox outbox, AuditLog audit) {
        this.db = db;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** An admin gives a badge by hand; false when the member already held it. */
    public boolean giveByHand(String communityId, String memberId, String badgeKey, String actorId) {
        BadgeDefinition badge = definition(communityId, badgeKey)
                .orElseThrow(() -> ProblemException.notFound("Badge", badgeKey));
        boolean given = give(EventEnvelope.of(communityId, memberId, EventSource.POINTS_SERVICE,
                new BadgeEarned(badge.key(), badge.name())), badge.key());
        audit.record(communityId, actorId, "badge.give", "member:" + memberId, badge.key());
        return given;
    }

    public void save(String communityId, BadgeDefinition badge) {
        db.createNativeQuery("""
                        INSERT INTO badge_definitions (community_id, badge_key, name, description, kind, threshold,
                                                       subject)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (community_id, badge_key) DO UPDATE
                           SET name = EXCLUDED.name, description = EXCLUDED.description, kind = EXCLUDED.kind,
                               threshold = EXCLUDED.threshold, subject = EXCLUDED.subject""")
                .setParameter(1, communityId).setParameter(2, badge.key()).setParameter(3, badge.name())
                .setParameter(4, badge.description()).setParameter(5, badge.kind().name())
                .setParameter(6, badge.threshold()).setParameter(7, badge.subject())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BadgeDefinition> definitions(String communityId) {
        return rows("""
                SELECT badge_key, name, description, kind, threshold, subject FROM badge_definitions
                WHERE community_id = ?1 ORDER BY kind, threshold, badge_key""", communityId).stream()
                .map(Badges::definition).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BadgeDefinition> definition(String communityId, String key) {
        return definitions(communityId).stream().filter(badge -> badge.key().equals(key)).findFirst();
    }

    public record HeldBadge(String key, String name, String description, Instant earnedAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<HeldBadge> heldBy(String communityId, String memberId) {
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT b.badge_key, d.name, d.description, b.earned_at
                        FROM member_badges b JOIN badge_definitions d
                          ON d.community_id = b.community_id AND d.badge_key = b.badge_key
                        WHERE b.community_id = ?1 AND b.member_id = ?2 ORDER BY b.earned_at, b.badge_key""")
                .setParameter(1, communityId).setParameter(2, memberId).getResultList();
        return rows.stream().map(row -> new HeldBadge((String) row[0], (String) row[1], (String) row[2],
                SqlValues.instant(row[3]))).toList();
    }

    /**
     * Awards every not-yet-held badge of {@code kind} whose threshold {@code measure} reaches (and whose
     * subject, if it has one, is {@code subject}), announcing each as a follow-up of {@code cause}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void reached(CommunityRules rules, EventEnvelope<?> cause, BadgeKind kind, long measure, String subject) {
        boolean anyQualifies = rules.badges().stream().anyMatch(badge -> badge.kind() == kind
                && badge.threshold() <= measure && (badge.subject() == null || badge.subject().equals(subject)));
        if (!anyQualifies) {
            return;
        }
        List<String> earned = db.createNativeQuery("""
                        INSERT INTO member_badges (community_id, member_id, badge_key)
                        SELECT community_id, ?2, badge_key FROM badge_definitions
                        WHERE community_id = ?1 AND kind = ?3 AND threshold <= ?4
                          AND (subject IS NULL OR subject = ?5)
                        ON CONFLICT DO NOTHING
                        RETURNING badge_key""")
                .setParameter(1, cause.communityId()).setParameter(2, cause.memberId())
                .setParameter(3, kind.name()).setParameter(4, measure).setParameter(5, subject)
                .getResultList();
        earned.forEach(key -> announce(cause, key));
    }

    /** Gives one badge (by hand or as a reward); false when the member already had it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean give(EventEnvelope<?> cause, String badgeKey) {
        boolean given = db.createNativeQuery("""
                        INSERT INTO member_badges (community_id, member_id, badge_key) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, cause.communityId()).setParameter(2, cause.memberId()).setParameter(3, badgeKey)
                .executeUpdate() == 1;
        if (given) {
            announce(cause, badgeKey);
        }
        return given;
    }

    private void announce(EventEnvelope<?> cause, String badgeKey) {
        String name = definition(cause.communityId(), badgeKey).map(BadgeDefinition::name).orElse(badgeKey);
        outbox.add(cause.followUp(EventSource.POINTS_SERVICE, new BadgeEarned(badgeKey, name)));
    }

    private List<Object[]> rows(String sql, String communityId) {
        return NativeRows.of(db, sql, communityId);
    }

    private static BadgeDefinition definition(Object[] row) {
        return new BadgeDefinition((String) row[0], (String) row[1], (String) row[2], BadgeKind.valueOf((String) row[3]),
                ((Number) row[4]).longValue(), (String) row[5]);
    }
}
