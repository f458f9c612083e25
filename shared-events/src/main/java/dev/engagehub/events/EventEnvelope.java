package dev.engagehub.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What travels on every topic: the routing and idempotency facts every consumer needs, plus the payload.
 *
 * @param eventId       the idempotency key: consumers process each id once
 * @param type          the payload's wire name (also a Kafka header)
 * @param schemaVersion the payload's schema version
 * @param communityId   the tenant; every event belongs to exactly one community
 * @param memberId      the member it concerns, or null for community-wide events
 * @param source        who produced it: {@code discord}, {@code api}, {@code partner:<id>}, {@code points-service}…
 * @param correlationId ties together everything one request caused (a redemption saga, a webhook delivery)
 */
public record EventEnvelope<T extends EventPayload>(UUID eventId, String type, int schemaVersion, String communityId,
                                                    String memberId, Instant occurredAt, String source,
                                                    String correlationId, T payload) {
    public EventEnvelope {
        Require.present(eventId, "eventId");
        Require.present(payload, "payload");
        EventType expected = EventType.of(payload);
        if (type == null) {
            type = expected.wireName();
        } else if (!type.equals(expected.wireName())) {
            throw new IllegalArgumentException("type " + type + " does not match payload " + expected.wireName());
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be at least 1");
        }
        Require.identifier(communityId, "communityId");
        Require.optionalIdentifier(memberId, "memberId");
        Require.present(occurredAt, "occurredAt");
        Require.text(source, "source", 128);
        Require.text(correlationId, "correlationId", 128);
    }

    /** A new event with a fresh time-ordered id, occurring now, starting its own correlation. */
    public static <T extends EventPayload> EventEnvelope<T> of(String communityId, String memberId, String source,
                                                               T payload) {
        UUID id = EventIds.next();
        return new EventEnvelope<>(id, null, EventType.of(payload).schemaVersion(), communityId, memberId,
                Instant.now(), source, id.toString(), payload);
    }

    /** An event this one caused: same community, member and correlation. */
    public <U extends EventPayload> EventEnvelope<U> followUp(String followUpSource, U followUpPayload) {
        return new EventEnvelope<>(EventIds.next(), null, EventType.of(followUpPayload).schemaVersion(), communityId,
                memberId, Instant.now(), followUpSource, correlationId, followUpPayload);
    }

    /** An event this one caused for another member of the same community (a community-wide reward). */
    public <U extends EventPayload> EventEnvelope<U> followUpFor(String otherMemberId, String followUpSource,
                                                                 U followUpPayload) {
        return new EventEnvelope<>(EventIds.next(), null, EventType.of(followUpPayload).schemaVersion(), communityId,
                otherMemberId, Instant.now(), followUpSource, correlationId, followUpPayload);
    }

    /** The same event, occurring at {@code when}: for sources that report their own time. */
    public EventEnvelope<T> occurringAt(Instant when) {
        return new EventEnvelope<>(eventId, type, schemaVersion, communityId, memberId, when, source, correlationId,
                payload);
    }

    public EventType eventType() {
        return EventType.of(payload);
    }

    /** The Kafka key: one member's events share a partition and so keep their order. */
    public String key() {
        return EventKeys.of(communityId, memberId);
    }
}
