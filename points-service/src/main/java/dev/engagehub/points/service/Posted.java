package dev.engagehub.points.service;

import dev.engagehub.points.domain.MemberPoints;

/** A ledger entry just written, and the member's points right after it. */
public record Posted(long entryId, MemberPoints after) {
}
