package dev.engagehub.events;

/**
 * The business fact an {@link EventEnvelope} carries. Sealed so that the {@link EventType} catalog
 * and every consumer's switch stay exhaustive when an event is added.
 */
public sealed interface EventPayload
        permits ActivityRecorded, PointsAwarded, PointsAdjusted, PointsDebited, PointsDebitRejected, PointsRefunded,
        LevelReached, BadgeEarned, ChallengeProgressed, ChallengeCompleted, StreakUpdated,
        SubmissionCreated, SubmissionReviewed, RedemptionRequested, RedemptionFulfilled,
        RedemptionRejected, NotificationRequested {
}
