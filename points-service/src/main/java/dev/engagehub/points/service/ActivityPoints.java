package dev.engagehub.points.service;

import dev.engagehub.events.ActivityRecorded;
import java.util.Map;

/**
 * What each action is worth before community rules exist: the defaults a new community starts with.
 * Unknown actions earn nothing until a rule names them.
 */
public final class ActivityPoints {
    static final Map<String, Long> DEFAULTS = Map.ofEntries(
            Map.entry("message", 20L),
            Map.entry("reaction_given", 2L),
            Map.entry("reaction_received", 5L),
            Map.entry("voice_minute", 2L),
            Map.entry("daily_checkin", 50L),
            Map.entry("invite", 100L),
            Map.entry("course_lesson_completed", 40L),
            Map.entry("stream_watched", 30L),
            Map.entry("purchase", 200L));

    private ActivityPoints() {
    }

    /** Points for the activity: the action's rate times its quantity. */
    public static long of(ActivityRecorded activity) {
        return DEFAULTS.getOrDefault(activity.action(), 0L) * activity.quantity();
    }
}
