package dev.engagehub.points.domain;

/** A rule an admin tried to save that cannot work; names the offending field. */
public class InvalidRuleException extends IllegalArgumentException {
    private final String field;

    public InvalidRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
