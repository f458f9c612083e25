package dev.engagehub.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One fixed example of every event, as the golden JSON files under {@code golden/} must read back. */
final class GoldenSamples {
    static final UUID EVENT_ID = UUID.fromString("01935f4e-8a00-7c3d-9a41-2f6d3b8e5c10");
    static final UUID REDEMPTION_ID = UUID.fromString("01935f4e-8a00-7aaa-8b21-6c4d2e1f0a99");
    static final UUID SUBMISSION_ID = UUID.fromString("01935f4e-8a00-7bbb-9c32-7d5e3f2a1b88");
    static final UUID SOURCE_EVENT_ID = UUID.fromString("01935f4e-7f00-7ccc-a043-8e6f4a3b2c77");
    static final Instant OCCURRED_AT = Instant.parse("2026-11-25T09:30:00Z");

    private GoldenSamples() {
    }

    static EventPayload payload(EventType type) {
        return switch (type) {
            case ACTIVITY_RECORDED -> new ActivityRecorded("message", 1, "1100200300400500600",
                    List.of("900800700600500400"), "1234567890123456789");
            case POINTS_AWARDED -> new PointsAwarded(20, 1_240, 3_400, "message", SOURCE_EVENT_ID, null, 98_765,
                    List.of("role-supporters"));
            case POINTS_ADJUSTED -> new PointsAdjusted(-150, 1_090, 3_250, 98_766, "admin-7", "spam in #general");
            case POINTS_DEBITED -> new PointsDebited(REDEMPTION_ID, 500, 740);
            case POINTS_DEBIT_REJECTED -> new PointsDebitRejected(REDEMPTION_ID, 5_000, 740,
                    PointsDebitRejected.Reason.INSUFFICIENT_POINTS);
            case POINTS_REFUNDED -> new PointsRefunded(REDEMPTION_ID, 500, 1_240, "out of stock");
            case LEVEL_REACHED -> new LevelReached(5, 3_400, "555444333222111000");
            case BADGE_EARNED -> new BadgeEarned("streak-7", "Week Warrior");
            case CHALLENGE_PROGRESSED -> new ChallengeProgressed("november-chatter", 42, 100);
            case CHALLENGE_COMPLETED -> new ChallengeCompleted("november-chatter", "November Chatter", 250,
                    "chatterbox");
            case STREAK_UPDATED -> new StreakUpdated(7, 12, LocalDate.parse("2026-11-25"));
            case SUBMISSION_CREATED -> new SubmissionCreated(SUBMISSION_ID, "wrote-a-review",
                    "https://example.org/reviews/42", "Five stars, loved the course.");
            case SUBMISSION_REVIEWED -> new SubmissionReviewed(SUBMISSION_ID, "wrote-a-review",
                    SubmissionReviewed.Decision.APPROVED, 150, "admin-7", null);
            case REDEMPTION_REQUESTED -> new RedemptionRequested(REDEMPTION_ID, "hoodie-2026", "EngageHub Hoodie",
                    RewardKind.MERCH, 5_000);
            case REDEMPTION_FULFILLED -> new RedemptionFulfilled(REDEMPTION_ID, "steam-10", "Steam €10 code",
                    RewardKind.DISCOUNT_CODE, "ABCD-EFGH-IJKL", null, null, null,
                    "Enter the code at checkout on store.steampowered.com");
            case REDEMPTION_REJECTED -> new RedemptionRejected(REDEMPTION_ID, "hoodie-2026", 5_000,
                    "out of stock", true);
            case NOTIFICATION_REQUESTED -> new NotificationRequested(NotificationRequested.Channel.EMAIL,
                    "reward-fulfilled", "ada@example.org", Map.of("reward", "Steam €10 code"));
        };
    }

    static EventEnvelope<?> envelope(EventType type) {
        EventPayload payload = payload(type);
        String memberId = "member-42";
        return new EventEnvelope<>(EVENT_ID, type.wireName(), 1, "guild-1001", memberId, OCCURRED_AT,
                type == EventType.ACTIVITY_RECORDED ? "discord" : "points-service", "corr-7f3a", payload);
    }

    static String resourceName(EventType type) {
        return "/golden/" + type.wireName() + ".v1.json";
    }
}
