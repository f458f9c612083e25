package dev.engagehub.points.service;

import static dev.engagehub.kit.db.SqlValues.instant;
import static dev.engagehub.kit.db.SqlValues.number;

import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.EventIds;
import dev.engagehub.events.SubmissionCreated;
import dev.engagehub.events.SubmissionReviewed;
import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.kit.db.TransactionLocks;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.points.domain.Submission;
import dev.engagehub.points.domain.SubmissionTemplate;
import dev.engagehub.points.rules.CommunityRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Members claim activities from templates; admins approve (points are granted) or reject with a reason. */
@ApplicationScoped
@Transactional
public class Submissions {
    static final String APPROVED_ACTION = "submission_approved";
    private static final String COLUMNS = """
            id, member_id, template_key, evidence_url, evidence_text, status, points, reviewer_id, review_reason,
            created_at, reviewed_at""";

    private final EntityManager db;
    private final Outbox outbox;
    private final RulesCache rules;
    private final SubmissionTemplates templates;
    private final Progress progress;
    private final AuditLog audit;

    Submissions(EntityManager db, Outbox outbox, RulesCache rules, SubmissionTemplates templates, Progress progress,
                AuditLog audit) {
        this.db = db;
        this.outbox = outbox;
        this.rules = rules;
        this.templates = templates;
        this.progress = progress;
        this.audit = audit;
    }

    public Submission claim(String communityId, String memberId, String templateKey, String evidenceUrl,
                            String evidenceText) {
        rules.require(communityId);
        SubmissionTemplate template = templates.find(communityId, templateKey)
                .filter(SubmissionTemplate::enabled)
                .orElseThrow(() -> ProblemException.notFound("Submission template", templateKey));
        String url = blankToNull(evidenceUrl);
        String text = blankToNull(evidenceText);
        checkEvidence(template, url, text);
        String claimKey = claimKey(url, text);
        serialiseClaims(communityId, memberId, templateKey);
        if (template.maxPerMember() != null && liveClaims(communityId, memberId, templateKey) >= template.maxPerMember()) {
            throw new ProblemException(409, "submission-limit", "Submission limit reached", "'" + template.name()
                    + "' can be claimed " + template.maxPerMember() + " time(s) per member");
        }
        if (isDuplicate(communityId, memberId, templateKey, claimKey)) {
            throw new ProblemException(409, "duplicate-submission", "Duplicate submission",
                    "this evidence was already submitted for '" + template.name() + "'");
        }
        UUID id = EventIds.next();
        db.createNativeQuery("""
                        INSERT INTO submissions (id, community_id, member_id, template_key, evidence_url, evidence_text,
                                                 claim_key, status, points)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING', ?8)""")
                .setParameter(1, id).setParameter(2, communityId).setParameter(3, memberId)
                .setParameter(4, templateKey).setParameter(5, url).setParameter(6, text)
                .setParameter(7, claimKey).setParameter(8, template.points())
                .executeUpdate();
        outbox.add(EventEnvelope.of(communityId, memberId, EventSource.POINTS_SERVICE,
                new SubmissionCreated(id, templateKey, url, text)));
        return find(communityId, id).orElseThrow();
    }

    /** Approves (granting the template's points) or rejects a pending submission, once. */
    public Submission review(String communityId, UUID id, SubmissionReviewed.Decision decision, String reviewerId,
                             String reason) {
        CommunityRules community = rules.require(communityId);
        String why = blankToNull(reason);
        if (decision == SubmissionReviewed.Decision.REJECTED && why == null) {
            throw ProblemException.badRequest("reason-required", "a rejection needs a reason the member will read");
        }
        Submission submission = lockPending(communityId, id);
        db.createNativeQuery("""
                        UPDATE submissions SET status = ?2, reviewer_id = ?3, review_reason = ?4, reviewed_at = now()
                        WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, decision.name()).setParameter(3, reviewerId)
                .setParameter(4, why).executeUpdate();
        long points = decision == SubmissionReviewed.Decision.APPROVED ? submission.points() : 0;
        EventEnvelope<SubmissionReviewed> reviewed = EventEnvelope.of(communityId, submission.memberId(),
                EventSource.POINTS_SERVICE, new SubmissionReviewed(id, submission.templateKey(), decision, points,
                        reviewerId, why));
        outbox.add(reviewed);
        if (points > 0) {
            progress.grant(community, reviewed, new Ledger.Movement(communityId, submission.memberId(), points,
                    APPROVED_ACTION, reviewed.eventId(), submission.templateKey(), null, List.of(),
                    reviewed.occurredAt()), List.of());
            progress.countApprovedSubmission(community, reviewed, submission.templateKey(),
                    approved(communityId, submission.memberId(), submission.templateKey()),
                    approved(communityId, submission.memberId(), null));
        }
        audit.record(communityId, reviewerId, "submission." + decision.name().toLowerCase(Locale.ROOT),
                "submission:" + id, why);
        return find(communityId, id).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Submission> find(String communityId, UUID id) {
        return query("SELECT " + COLUMNS + " FROM submissions WHERE community_id = ?1 AND id = ?2", communityId, id)
                .stream().findFirst();
    }

    /** Oldest first, so the queue is reviewed in the order members waited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Submission> withStatus(String communityId, Submission.Status status, int limit) {
        return query("SELECT " + COLUMNS + " FROM submissions WHERE community_id = ?1 AND status = ?2"
                + " ORDER BY created_at, id LIMIT " + limit, communityId, status.name());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Submission> byMember(String communityId, String memberId, int limit) {
        return query("SELECT " + COLUMNS + " FROM submissions WHERE community_id = ?1 AND member_id = ?2"
                + " ORDER BY created_at DESC, id DESC LIMIT " + limit, communityId, memberId);
    }

    private Submission lockPending(String communityId, UUID id) {
        Submission submission = query("SELECT " + COLUMNS
                + " FROM submissions WHERE community_id = ?1 AND id = ?2 FOR UPDATE", communityId, id)
                .stream().findFirst().orElseThrow(() -> ProblemException.notFound("Submission", id.toString()));
        if (submission.status() != Submission.Status.PENDING) {
            throw new ProblemException(409, "already-reviewed", "Already reviewed",
                    "submission " + id + " was already " + submission.status().name().toLowerCase(Locale.ROOT));
        }
        return submission;
    }

    private static void checkEvidence(SubmissionTemplate template, String url, String text) {
        if (url != null && (url.length() > 2_000 || !isHttpUrl(url))) {
            throw ProblemException.badRequest("invalid-evidence", "evidenceUrl must be an http(s) URL of at most 2000 characters");
        }
        if (text != null && text.length() > 4_000) {
            throw ProblemException.badRequest("invalid-evidence", "evidenceText must be at most 4000 characters");
        }
        boolean missing = switch (template.evidence()) {
            case URL -> url == null;
            case TEXT -> text == null;
            case EITHER -> url == null && text == null;
        };
        if (missing) {
            throw ProblemException.badRequest("evidence-required", "'" + template.name() + "' needs "
                    + switch (template.evidence()) {
                        case URL -> "an evidenceUrl";
                        case TEXT -> "an evidenceText";
                        case EITHER -> "an evidenceUrl or an evidenceText";
                    });
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The same claim however it is typed: case, surrounding space and a trailing slash do not matter. */
    static String claimKey(String url, String text) {
        String evidence = url != null ? url.replaceAll("/+$", "") : text;
        return evidence.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Concurrent claims by one member on one template queue here, so limits and duplicates hold under races. */
    private void serialiseClaims(String communityId, String memberId, String templateKey) {
        TransactionLocks.hold(db, "submission:" + communityId + ":" + memberId + ":" + templateKey);
    }

    private boolean isDuplicate(String communityId, String memberId, String templateKey, String claimKey) {
        return !db.createNativeQuery("""
                        SELECT 1 FROM submissions WHERE community_id = ?1 AND member_id = ?2 AND template_key = ?3
                          AND claim_key = ?4 AND status <> 'REJECTED'""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, templateKey)
                .setParameter(4, claimKey).getResultList().isEmpty();
    }

    private long liveClaims(String communityId, String memberId, String templateKey) {
        return number(db.createNativeQuery("""
                        SELECT count(*) FROM submissions WHERE community_id = ?1 AND member_id = ?2
                          AND template_key = ?3 AND status <> 'REJECTED'""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, templateKey)
                .getSingleResult());
    }

    private long approved(String communityId, String memberId, String templateKey) {
        return number(db.createNativeQuery("""
                        SELECT count(*) FROM submissions WHERE community_id = ?1 AND member_id = ?2
                          AND status = 'APPROVED' AND (CAST(?3 AS varchar) IS NULL OR template_key = CAST(?3 AS varchar))""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, templateKey)
                .getSingleResult());
    }

    private List<Submission> query(String sql, String communityId, Object second) {
        return NativeRows.of(db, sql, communityId, second).stream().map(row -> new Submission((UUID) row[0], (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], Submission.Status.valueOf((String) row[5]), (int) number(row[6]),
                (String) row[7], (String) row[8], instant(row[9]), instant(row[10]))).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
