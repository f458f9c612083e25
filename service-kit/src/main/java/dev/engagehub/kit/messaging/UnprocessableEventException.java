package dev.engagehub.kit.messaging;

/**
 * A well-formed event that can never be applied (unknown community, unknown action, missing member):
 * retrying cannot help, so consumers abort retries on it and the record goes to the dead-letter topic
 * with this message as the reason.
 */
public class UnprocessableEventException extends RuntimeException {
    public UnprocessableEventException(String reason) {
        super(reason);
    }
}
