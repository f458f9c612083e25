package dev.engagehub.bot.interaction;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ids of the last interactions handled, so a replayed one is recognised and not acted on twice. */
final class RecentInteractions {
    private final Map<Long, Boolean> seen;

    RecentInteractions(int capacity) {
        seen = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean firstTime(long interactionId) {
        return seen.put(interactionId, Boolean.TRUE) == null;
    }
}
