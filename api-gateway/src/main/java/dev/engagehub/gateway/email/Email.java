package dev.engagehub.gateway.email;

/** One email: a template name (for the log), subject and plain-text body. */
public record Email(String template, String subject, String text) {
}
