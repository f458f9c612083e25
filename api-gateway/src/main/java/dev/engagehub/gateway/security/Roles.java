package dev.engagehub.gateway.security;

/** The roles a token's {@code groups} claim may hold. */
public final class Roles {
    /** A community member: their own data, the community's boards and catalog. */
    public static final String MEMBER = "member";
    /** A community's manager: everything in that community. */
    public static final String ADMIN = "admin";
    /** A partner system: sends activity for its community. */
    public static final String PARTNER = "partner";
    /** Runs the platform: every community, and operations such as rebuilding boards. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
