package dev.engagehub.events;

import java.util.regex.Pattern;

/**
 * The alphabet of every id and key (community, member, action, role, badge…): ids travel in Kafka keys,
 * Redis keys and URLs, so services check their own inputs against the same rule the events enforce.
 */
public final class Identifiers {
    public static final String RULE = "1-128 characters of letters, digits, '_', '.', ':' or '-'";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,127}");

    private Identifiers() {
    }

    public static boolean isValid(String value) {
        return value != null && IDENTIFIER.matcher(value).matches();
    }
}
