package dev.engagehub.events;

import java.util.Objects;

/** Argument checks for event records; failures become {@link MalformedEventException} on decode. */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    static String text(String value, String name, int maxLength) {
        present(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters");
        }
        return value;
    }

    static String optionalText(String value, String name, int maxLength) {
        return value == null ? null : text(value, name, maxLength);
    }

    /** Ids and keys travel in Kafka keys, Redis keys and URLs, so they are kept to a safe alphabet. */
    static String identifier(String value, String name) {
        present(value, name);
        if (!Identifiers.isValid(value)) {
            throw new IllegalArgumentException(name + " must be " + Identifiers.RULE);
        }
        return value;
    }

    static String optionalIdentifier(String value, String name) {
        return value == null ? null : identifier(value, name);
    }

    static long notNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }

    static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }
}
