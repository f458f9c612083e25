package dev.engagehub.events;

/** A badge was awarded; each badge is earned at most once per member. */
public record BadgeEarned(String badgeKey, String name) implements EventPayload {
    public BadgeEarned {
        Require.identifier(badgeKey, "badgeKey");
        Require.text(name, "name", 200);
    }
}
