package dev.engagehub.gateway.portal;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submitted HTML form: values read with the checks a field needs, and a message per field that failed, to
 * show next to it when the form is shown again with what was typed.
 */
public final class Form {
    private final MultivaluedMap<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Form(MultivaluedMap<String, String> values) {
        this.values = values;
    }

    /** The trimmed value, or null when blank. */
    public String text(String field) {
        String value = values.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String required(String field, String label) {
        String value = text(field);
        if (value == null) {
            error(field, label + " is required.");
        }
        return value;
    }

    /** A whole number in [min, max], or null when left blank. */
    public Long number(String field, String label, long min, long max) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value.replace("_", "").replace(",", ""));
            if (number < min || number > max) {
                error(field, label + " must be between " + min + " and " + max + ".");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            error(field, label + " must be a whole number.");
            return null;
        }
    }

    public Long requiredNumber(String field, String label, long min, long max) {
        if (text(field) == null) {
            error(field, label + " is required.");
            return null;
        }
        return number(field, label, min, max);
    }

    public boolean checked(String field) {
        String value = values.getFirst(field);
        return value != null && !value.equals("false");
    }

    /** A {@code datetime-local} value, read as UTC; null when blank. */
    public Instant dateTime(String field, String label) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            error(field, label + " must be a date and time such as 2026-12-01T18:00.");
            return null;
        }
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** Adds the service's per-field messages, for the fields this form has. */
    public void errors(Map<String, String> fieldErrors) {
        fieldErrors.forEach(this::error);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** What was typed, to fill the form in again. */
    public Map<String, String> values() {
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((key, list) -> typed.put(key, list.isEmpty() ? "" : list.get(0)));
        return typed;
    }
}
