package dev.engagehub.points.domain;

/** A member's points as derived from the ledger, and the level their lifetime XP has reached. */
public record MemberPoints(String communityId, String memberId, long balance, long lifetimeXp, int level) {
    public static MemberPoints of(String communityId, String memberId, long balance, long lifetimeXp) {
        return new MemberPoints(communityId, memberId, balance, lifetimeXp, LevelCurve.DEFAULT.levelFor(lifetimeXp));
    }
}
