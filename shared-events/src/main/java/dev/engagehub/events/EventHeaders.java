package dev.engagehub.events;

/** Kafka headers every event record carries, so tools can route and dedupe without parsing the value. */
public final class EventHeaders {
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";

    private EventHeaders() {
    }
}
