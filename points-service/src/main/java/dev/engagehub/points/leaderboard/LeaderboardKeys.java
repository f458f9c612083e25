package dev.engagehub.points.leaderboard;

/**
 * Redis keys of one community's boards and their bookkeeping. Every key carries the hash tag
 * {@code {c<community>}}, so all of a community's keys share one Redis Cluster slot and one script can
 * update them together.
 * <ul>
 * <li>{@code lb:{c<id>}:<window>:<period>}: the whole community's board;</li>
 * <li>{@code lb:{c<id>}:seg:<segment>:<window>:<period>}: a segment's board;</li>
 * <li>{@code lb:{c<id>}:applied}: member → last ledger entry applied, so each entry counts once;</li>
 * <li>{@code lb:{c<id>}:optout}: members hidden from every board;</li>
 * <li>{@code lb:{c<id>}:boards}: every board key written, for opt-outs and rebuilds.</li>
 * </ul>
 */
public final class LeaderboardKeys {
    private LeaderboardKeys() {
    }

    public static String of(String communityId, LeaderboardWindow window, String period) {
        return prefix(communityId) + window.slug() + ":" + period;
    }

    public static String ofSegment(String communityId, String segment, LeaderboardWindow window, String period) {
        return segment == null ? of(communityId, window, period)
                : prefix(communityId) + "seg:" + segment + ":" + window.slug() + ":" + period;
    }

    static String applied(String communityId) {
        return prefix(communityId) + "applied";
    }

    static String optOut(String communityId) {
        return prefix(communityId) + "optout";
    }

    static String boards(String communityId) {
        return prefix(communityId) + "boards";
    }

    private static String prefix(String communityId) {
        return "lb:{c" + communityId + "}:";
    }
}
