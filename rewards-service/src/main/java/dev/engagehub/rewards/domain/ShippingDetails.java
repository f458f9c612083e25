package dev.engagehub.rewards.domain;

import dev.engagehub.kit.rest.ProblemException;

/** Where merch goes; required when redeeming {@link dev.engagehub.events.RewardKind#MERCH}. */
public record ShippingDetails(String name, String line1, String line2, String city, String region, String postalCode,
                              String country, String phone) {
    public ShippingDetails {
        name = required(name, "name", 200);
        line1 = required(line1, "line1", 200);
        line2 = optional(line2, "line2", 200);
        city = required(city, "city", 100);
        region = optional(region, "region", 100);
        postalCode = required(postalCode, "postalCode", 20);
        if (country == null || !country.matches("[A-Za-z]{2}")) {
            throw invalid("country", "country must be a two-letter ISO 3166 code, e.g. DE");
        }
        country = country.toUpperCase(java.util.Locale.ROOT);
        phone = optional(phone, "phone", 40);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " is required");
        }
        return optional(value, field, max);
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw invalid(field, field + " must be at most " + max + " characters, without control characters");
        }
        return trimmed;
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalidField("shipping." + field, message);
    }
}
