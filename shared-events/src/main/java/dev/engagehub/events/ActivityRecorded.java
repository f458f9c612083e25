package dev.engagehub.events;

import java.util.List;

/**
 * A member did something worth points: a Discord message, a reaction, voice minutes, a check-in,
 * a partner event. Points-service decides what it is worth.
 *
 * @param action    the action type, e.g. {@code message}, {@code voice_minute}, {@code course_lesson_completed}
 * @param quantity  how many units (voice minutes, reactions); 1 for single actions
 * @param channelId where it happened, if anywhere (no-XP channels are matched against it)
 * @param roleIds   the member's roles at that moment (role boosts and no-XP roles)
 * @param reference the source's own id (Discord message id, partner delivery id), for audit
 */
public record ActivityRecorded(String action, long quantity, String channelId, List<String> roleIds,
                               String reference) implements EventPayload {
    public static final long MAX_QUANTITY = 1_440;

    public ActivityRecorded {
        Require.identifier(action, "action");
        Require.positive(quantity, "quantity");
        if (quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be at most " + MAX_QUANTITY);
        }
        Require.optionalIdentifier(channelId, "channelId");
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
        roleIds.forEach(role -> Require.identifier(role, "roleIds[]"));
        Require.optionalText(reference, "reference", 256);
    }

    public static ActivityRecorded of(String action) {
        return new ActivityRecorded(action, 1, null, List.of(), null);
    }
}
