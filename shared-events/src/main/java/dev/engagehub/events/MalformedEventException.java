package dev.engagehub.events;

/** A record that is not a readable event; its message is the reason written to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public MalformedEventException(String reason) {
        super(reason);
    }
}
