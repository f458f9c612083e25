package dev.engagehub.points.domain;

/** A member's points as derived from the ledger. */
public record MemberPoints(String communityId, String memberId, long balance, long lifetimeXp) {
}
