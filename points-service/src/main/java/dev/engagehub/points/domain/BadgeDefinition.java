package dev.engagehub.points.domain;

/** A badge a community offers and the rule that earns it. */
public record BadgeDefinition(String key, String name, String description, BadgeKind kind, long threshold,
                              String subject) {
    public BadgeDefinition {
        RuleChecks.identifier(key, "key");
        RuleChecks.text(name, "name", 200);
        RuleChecks.description(description, "description", 500);
        if (kind == null) {
            throw new InvalidRuleException("kind", "kind is required");
        }
        if (threshold <= 0) {
            throw new InvalidRuleException("threshold", "threshold must be positive");
        }
        RuleChecks.optionalIdentifier(subject, "subject");
        if (kind == BadgeKind.ACTION_COUNT && subject == null) {
            throw new InvalidRuleException("subject", "an ACTION_COUNT badge needs the action as its subject");
        }
    }
}
