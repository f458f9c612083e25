package dev.engagehub.events;

import static dev.engagehub.events.EventType.*;

import java.util.List;
import java.util.Set;

/**
 * The topic catalog: the one place that says which topic carries which events. Each topic has a single
 * writing service (see ARCHITECTURE.md). Partition counts bound how far each consumer group scales out.
 */
public final class Topics {
    public static final Topic ACTIVITY = new Topic("engagehub.activity", 12, EventKeys.FORMAT,
            Set.of(ACTIVITY_RECORDED));
    /** Movements of the ledger: what the leaderboards and the balances follow. */
    public static final Topic POINTS = new Topic("engagehub.points", 12, EventKeys.FORMAT,
            Set.of(POINTS_AWARDED, POINTS_ADJUSTED, POINTS_REFUNDED));
    /**
     * What follows from the ledger's movements (levels, badges, challenges, streaks): apart from the busy points
     * topic, so the bot, which announces them, never reads past every award to find them.
     */
    public static final Topic PROGRESS = new Topic("engagehub.progress", 12, EventKeys.FORMAT,
            Set.of(LEVEL_REACHED, BADGE_EARNED, CHALLENGE_PROGRESSED, CHALLENGE_COMPLETED, STREAK_UPDATED));
    /**
     * points-service's answers in the redemption saga. A topic of their own: rewards-service waits for a few of
     * them, and on the points topic it would have to read past every award to find them.
     */
    public static final Topic DEBITS = new Topic("engagehub.debits", 6, EventKeys.FORMAT,
            Set.of(POINTS_DEBITED, POINTS_DEBIT_REJECTED));
    public static final Topic SUBMISSIONS = new Topic("engagehub.submissions", 6, EventKeys.FORMAT,
            Set.of(SUBMISSION_CREATED, SUBMISSION_REVIEWED));
    public static final Topic REDEMPTIONS = new Topic("engagehub.redemptions", 6, EventKeys.FORMAT,
            Set.of(REDEMPTION_REQUESTED, REDEMPTION_FULFILLED, REDEMPTION_REJECTED));
    public static final Topic NOTIFICATIONS = new Topic("engagehub.notifications", 6, EventKeys.FORMAT,
            Set.of(NOTIFICATION_REQUESTED));

    private static final List<Topic> ALL = List.of(ACTIVITY, POINTS, PROGRESS, DEBITS, SUBMISSIONS,
            REDEMPTIONS, NOTIFICATIONS);

    private Topics() {
    }

    public static List<Topic> all() {
        return ALL;
    }

    /** The topic an event of this type is published to. */
    public static Topic of(EventType type) {
        return ALL.stream().filter(topic -> topic.carries(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no topic carries " + type));
    }
}
