package dev.engagehub.events;

/** Kafka record keys: {@code communityId:memberId}, or just the community for community-wide events. */
public final class EventKeys {
    public static final String FORMAT = "communityId:memberId";

    private EventKeys() {
    }

    public static String of(String communityId, String memberId) {
        return memberId == null ? communityId : communityId + ":" + memberId;
    }
}
