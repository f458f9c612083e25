package dev.engagehub.points.domain;

import dev.engagehub.events.Identifiers;

/** A badge a community offers and the rule that earns it. */
public record BadgeDefinition(String key, String name, String description, BadgeKind kind, long threshold,
                              String subject) {
    public BadgeDefinition {
        if (!Identifiers.isValid(key)) {
            throw new InvalidRuleException("key", "key must be " + Identifiers.RULE);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidRuleException("name", "name must be 1-200 characters");
        }
        if (description == null || description.length() > 500) {
            throw new InvalidRuleException("description", "description must be at most 500 characters");
        }
        if (kind == null) {
            throw new InvalidRuleException("kind", "kind is required");
        }
        if (threshold <= 0) {
            throw new InvalidRuleException("threshold", "threshold must be positive");
        }
        if (subject != null && !Identifiers.isValid(subject)) {
            throw new InvalidRuleException("subject", "subject must be " + Identifiers.RULE);
        }
        if (kind == BadgeKind.ACTION_COUNT && subject == null) {
            throw new InvalidRuleException("subject", "an ACTION_COUNT badge needs the action as its subject");
        }
    }
}
