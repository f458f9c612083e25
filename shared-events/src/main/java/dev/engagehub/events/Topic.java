package dev.engagehub.events;

import java.util.Set;

/**
 * One Kafka topic: its name, how many partitions it gets, what its keys look like and which events it carries.
 * Values are always JSON {@link EventEnvelope}s.
 */
public record Topic(String name, int partitions, String keyFormat, Set<EventType> eventTypes) {
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    public Topic {
        Require.text(name, "name", 200);
        Require.positive(partitions, "partitions");
        eventTypes = Set.copyOf(eventTypes);
    }

    /** Where records this topic's consumers cannot read go, with the reason in headers. */
    public String deadLetterTopic() {
        return name + DEAD_LETTER_SUFFIX;
    }

    public boolean carries(EventType type) {
        return eventTypes.contains(type);
    }
}
