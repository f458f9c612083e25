package dev.engagehub.points.leaderboard;

/**
 * Redis keys of the boards: {@code lb:{c<community>}:<window>:<period>}. The hash tag keeps all of a
 * community's boards in one Redis Cluster slot, so one script can update them together.
 */
public final class LeaderboardKeys {
    private LeaderboardKeys() {
    }

    public static String of(String communityId, LeaderboardWindow window, String period) {
        return "lb:{c" + communityId + "}:" + window.slug() + ":" + period;
    }
}
