package dev.engagehub.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event the system knows, by its wire name. The wire name never changes once published;
 * a new incompatible shape gets a new schema version, and readers keep reading the old one.
 */
public enum EventType {
    ACTIVITY_RECORDED("ActivityRecorded", ActivityRecorded.class, 1),
    POINTS_AWARDED("PointsAwarded", PointsAwarded.class, 1),
    POINTS_ADJUSTED("PointsAdjusted", PointsAdjusted.class, 1),
    POINTS_DEBITED("PointsDebited", PointsDebited.class, 1),
    POINTS_DEBIT_REJECTED("PointsDebitRejected", PointsDebitRejected.class, 1),
    POINTS_REFUNDED("PointsRefunded", PointsRefunded.class, 1),
    LEVEL_REACHED("LevelReached", LevelReached.class, 1),
    BADGE_EARNED("BadgeEarned", BadgeEarned.class, 1),
    CHALLENGE_PROGRESSED("ChallengeProgressed", ChallengeProgressed.class, 1),
    CHALLENGE_COMPLETED("ChallengeCompleted", ChallengeCompleted.class, 1),
    STREAK_UPDATED("StreakUpdated", StreakUpdated.class, 1),
    SUBMISSION_CREATED("SubmissionCreated", SubmissionCreated.class, 1),
    SUBMISSION_REVIEWED("SubmissionReviewed", SubmissionReviewed.class, 1),
    REDEMPTION_REQUESTED("RedemptionRequested", RedemptionRequested.class, 1),
    REDEMPTION_FULFILLED("RedemptionFulfilled", RedemptionFulfilled.class, 1),
    REDEMPTION_REJECTED("RedemptionRejected", RedemptionRejected.class, 1),
    NOTIFICATION_REQUESTED("NotificationRequested", NotificationRequested.class, 1);

    private static final Map<String, EventType> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));
    private static final Map<Class<?>, EventType> BY_PAYLOAD =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    private final String wireName;
    private final Class<? extends EventPayload> payloadType;
    private final int schemaVersion;

    EventType(String wireName, Class<? extends EventPayload> payloadType, int schemaVersion) {
        this.wireName = wireName;
        this.payloadType = payloadType;
        this.schemaVersion = schemaVersion;
    }

    public String wireName() {
        return wireName;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    /** The version this code writes. */
    public int schemaVersion() {
        return schemaVersion;
    }

    public static Optional<EventType> byWireName(String wireName) {
        return wireName == null ? Optional.empty() : Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    public static EventType of(EventPayload payload) {
        return BY_PAYLOAD.get(payload.getClass());
    }
}
