package dev.engagehub.points.rules;

import java.time.Duration;
import java.util.List;

/**
 * What a new community earns out of the box: the familiar XP-bot message award (15-25, once a minute),
 * small reactions, voice time, a daily check-in, and partner actions. Admins change any of it.
 */
public final class DefaultRules {
    public static final List<ActionRule> ACTIONS = List.of(
            new ActionRule("message", 15, 25, Duration.ofSeconds(60), 1_000, true),
            ActionRule.fixed("reaction_given", 2, Duration.ofSeconds(10), 100),
            ActionRule.fixed("reaction_received", 5, Duration.ZERO, 250),
            ActionRule.fixed("voice_minute", 2, Duration.ZERO, 480),
            ActionRule.fixed("daily_checkin", 50, Duration.ofHours(20), null),
            ActionRule.fixed("invite", 100, Duration.ZERO, 1_000),
            ActionRule.fixed("course_lesson_completed", 40, Duration.ZERO, null),
            ActionRule.fixed("stream_watched", 30, Duration.ofMinutes(30), 300),
            ActionRule.fixed("purchase", 200, Duration.ZERO, null),
            ActionRule.fixed("pull_request_merged", 150, Duration.ZERO, null),
            ActionRule.fixed("event_attended", 100, Duration.ZERO, null));

    private DefaultRules() {
    }
}
