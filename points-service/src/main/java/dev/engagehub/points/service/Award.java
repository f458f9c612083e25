package dev.engagehub.points.service;

import java.time.Instant;

/** Points that were just added to the ledger, for the leaderboards to count. */
public record Award(String communityId, String memberId, long points, Instant occurredAt) {
}
