package dev.engagehub.points.leaderboard;

/** A member's place on a board; rank 1 is the top. */
public record LeaderboardEntry(long rank, String memberId, long points) {
}
