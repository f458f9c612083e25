package dev.engagehub.points.leaderboard;

import java.util.List;

/**
 * Where a member stands on a board: "you are #57, 120 XP behind #56".
 *
 * @param rank       1-based, or null when the member is not on the board
 * @param behindNext XP to catch up with the member just above; 0 at the top
 * @param neighbours the members just above and below, with the member in the middle
 */
public record Standing(String memberId, Long rank, long points, long boardSize, long behindNext,
                       List<LeaderboardEntry> neighbours) {
}
