package dev.engagehub.points.leaderboard;

/** One place on a board: 1-based rank, member, and the XP they earned in the board's period. */
public record LeaderboardEntry(long rank, String memberId, long points) {
}
