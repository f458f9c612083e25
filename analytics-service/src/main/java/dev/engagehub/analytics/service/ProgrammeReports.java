package dev.engagehub.analytics.service;

import dev.engagehub.kit.db.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** How challenges, rewards and submission templates are doing. */
@ApplicationScoped
@Transactional
public class ProgrammeReports {
    public record ChallengeStats(String challengeId, String name, long participants, long completed,
                                 BigDecimal completionRate) {
    }

    public record RewardStats(String rewardId, String rewardName, long requested, long fulfilled, long rejected,
                              long open, long pointsSpent) {
    }

    public record TemplateStats(String templateKey, long submitted, long approved, long rejected, long pending,
                                BigDecimal approvalRate, BigDecimal averageReviewHours) {
    }

    private final EntityManager db;

    ProgrammeReports(EntityManager db) {
        this.db = db;
    }

    /** Every challenge anyone took part in: who progressed, who completed. */
    public List<ChallengeStats> challenges(String community) {
        return NativeRows.of(db, """
                SELECT m.challenge_id, coalesce(n.name, m.challenge_id), count(*), count(m.completed_at)
                FROM challenge_members m LEFT JOIN challenge_names n USING (community_id, challenge_id)
                WHERE m.community_id = ?1 GROUP BY m.challenge_id, n.name ORDER BY count(*) DESC, m.challenge_id""",
                community).stream().map(row -> new ChallengeStats((String) row[0], (String) row[1], number(row[2]),
                number(row[3]), ratio(number(row[3]), number(row[2])))).toList();
    }

    /** Redemptions requested in the period, per reward; points spent counts fulfilled ones. */
    public List<RewardStats> redemptions(String community, Period period) {
        return NativeRows.of(db, """
                SELECT reward_id, max(reward_name), count(*), count(*) FILTER (WHERE status = 'FULFILLED'),
                       count(*) FILTER (WHERE status = 'REJECTED'), count(*) FILTER (WHERE status = 'REQUESTED'),
                       coalesce(sum(cost) FILTER (WHERE status = 'FULFILLED'), 0)
                FROM redemption_rows WHERE community_id = ?1 AND requested_at >= ?2 AND requested_at < ?3
                GROUP BY reward_id ORDER BY count(*) DESC, reward_id""", community, period.start(), period.end())
                .stream().map(row -> new RewardStats((String) row[0], (String) row[1], number(row[2]),
                        number(row[3]), number(row[4]), number(row[5]), number(row[6]))).toList();
    }

    /** Submissions made in the period, per template: outcomes, approval rate, and hours from claim to review. */
    public List<TemplateStats> submissions(String community, Period period) {
        return NativeRows.of(db, """
                SELECT template_key, count(*), count(*) FILTER (WHERE decision = 'APPROVED'),
                       count(*) FILTER (WHERE decision = 'REJECTED'), count(*) FILTER (WHERE decision IS NULL),
                       avg(extract(epoch FROM reviewed_at - created_at) / 3600) FILTER (WHERE reviewed_at IS NOT NULL)
                FROM submission_rows WHERE community_id = ?1 AND created_at >= ?2 AND created_at < ?3
                GROUP BY template_key ORDER BY count(*) DESC, template_key""", community, period.start(), period.end())
                .stream().map(row -> new TemplateStats((String) row[0], number(row[1]), number(row[2]),
                        number(row[3]), number(row[4]), ratio(number(row[2]), number(row[2]) + number(row[3])),
                        row[5] == null ? null : new BigDecimal(row[5].toString()).setScale(2, RoundingMode.HALF_UP)))
                .toList();
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
