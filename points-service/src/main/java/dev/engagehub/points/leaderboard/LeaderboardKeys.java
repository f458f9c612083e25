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
 * <li>{@code lb:{c<id>}:boards}: every board key written, for opt-outs and rebuilds;</li>
 * <li>{@code lb:{c<id>}:built}: present once the boards were built from the ledger; missing means Redis lost
 * them (restarted empty, flushed), and the next entry triggers a rebuild instead of counting on an empty base;</li>
 * <li>{@code lb:{c<id>}:rebuilding}: held by the one instance rebuilding, for a few minutes at most.</li>
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

    static String built(String communityId) {
        return prefix(communityId) + "built";
    }

    static String rebuilding(String communityId) {
        return prefix(communityId) + "rebuilding";
    }

    private static String prefix(String communityId) {
        return "lb:{c" + communityId + "}:";
    }
}
