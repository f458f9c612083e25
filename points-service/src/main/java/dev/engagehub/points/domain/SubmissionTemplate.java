package dev.engagehub.points.domain;

/**
 * Something members can claim points for, with evidence an admin checks.
 *
 * @param maxPerMember how many claims (pending or approved) one member may have, or null for no limit
 */
public record SubmissionTemplate(String key, String name, String description, Category category, int points,
                                 Evidence evidence, Integer maxPerMember, boolean enabled) {
    public enum Category { EVENTS, CONTENT, ADVOCACY, LEARNING }

    /** What proof a claim must carry. */
    public enum Evidence { URL, TEXT, EITHER }

    public static final int MAX_POINTS = 100_000;

    public SubmissionTemplate {
        RuleChecks.identifier(key, "key");
        RuleChecks.text(name, "name", 200);
        RuleChecks.description(description, "description", 1_000);
        if (category == null || evidence == null) {
            throw new InvalidRuleException(category == null ? "category" : "evidence", "category and evidence are required");
        }
        if (points <= 0 || points > MAX_POINTS) {
            throw new InvalidRuleException("points", "points must be between 1 and " + MAX_POINTS);
        }
        if (maxPerMember != null && maxPerMember <= 0) {
            throw new InvalidRuleException("maxPerMember", "maxPerMember must be positive, or absent for no limit");
        }
    }

    static SubmissionTemplate of(String key, String name, String description, Category category, int points,
                                 Evidence evidence, Integer maxPerMember) {
        return new SubmissionTemplate(key, name, description, category, points, evidence, maxPerMember, true);
    }
}
