package dev.engagehub.points.rules;

import dev.engagehub.events.Identifiers;
import dev.engagehub.points.domain.InvalidRuleException;

/** Field checks shared by the rule records. */
final class RuleChecks {
    private RuleChecks() {
    }

    static String identifier(String value, String field) {
        if (!Identifiers.isValid(value)) {
            throw new InvalidRuleException(field, field + " must be " + Identifiers.RULE);
        }
        return value;
    }

    static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new InvalidRuleException(field, field + " must be 1-" + maxLength + " characters");
        }
        return value;
    }
}
