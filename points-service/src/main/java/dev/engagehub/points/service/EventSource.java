package dev.engagehub.points.service;

/** The {@code source} of every event points-service emits. */
final class EventSource {
    static final String POINTS_SERVICE = "points-service";

    private EventSource() {
    }
}
