package dev.engagehub.points.domain;

import dev.engagehub.events.Identifiers;

/** Field checks shared by every rule record an admin can save; failures name the field. */
public final class RuleChecks {
    private RuleChecks() {
    }

    public static String identifier(String value, String field) {
        if (!Identifiers.isValid(value)) {
            throw new InvalidRuleException(field, field + " must be " + Identifiers.RULE);
        }
        return value;
    }

    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new InvalidRuleException(field, field + " must be 1-" + maxLength + " characters");
        }
        return value;
    }

    public static String optionalIdentifier(String value, String field) {
        return value == null ? null : identifier(value, field);
    }

    /** Free text that may be empty but not missing or too long. */
    public static String description(String value, String field, int maxLength) {
        if (value == null || value.length() > maxLength) {
            throw new InvalidRuleException(field, field + " must be at most " + maxLength + " characters");
        }
        return value;
    }
}
