package dev.engagehub.points.domain;

/**
 * A member's points as derived from the ledger, and where their lifetime XP sits on the level curve.
 *
 * @param levelStartXp lifetime XP at which the current level was reached
 * @param nextLevelXp  lifetime XP at which the next level is reached
 */
public record MemberPoints(String communityId, String memberId, long balance, long lifetimeXp, int level,
                           long levelStartXp, long nextLevelXp) {
    public static MemberPoints of(String communityId, String memberId, long balance, long lifetimeXp,
                                  LevelCurve curve) {
        int level = curve.levelFor(lifetimeXp);
        return new MemberPoints(communityId, memberId, balance, lifetimeXp, level, curve.xpForLevel(level),
                curve.xpForLevel(level + 1));
    }
}
