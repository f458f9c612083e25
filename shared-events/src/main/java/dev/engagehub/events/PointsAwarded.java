package dev.engagehub.events;

import java.util.List;
import java.util.UUID;

/**
 * Points were added to a member's ledger.
 *
 * @param sourceEventId the event that earned them (activity, approved submission, challenge completion)
 * @param balance       spendable balance after the award
 * @param lifetimeXp    all points ever earned, which drives levels and leaderboards
 * @param ledgerEntryId the ledger row; increases with every entry of the same member, so projections
 *                      such as the leaderboards apply each entry once
 * @param segments      the leaderboard segments (roles, cohorts) the member earned this in
 */
public record PointsAwarded(long points, long balance, long lifetimeXp, String action, UUID sourceEventId,
                            String reason, long ledgerEntryId, List<String> segments) implements EventPayload {
    public PointsAwarded {
        Require.positive(points, "points");
        Require.notNegative(balance, "balance");
        Require.notNegative(lifetimeXp, "lifetimeXp");
        Require.identifier(action, "action");
        Require.present(sourceEventId, "sourceEventId");
        Require.optionalText(reason, "reason", 500);
        Require.notNegative(ledgerEntryId, "ledgerEntryId");
        segments = segments == null ? List.of() : List.copyOf(segments);
        segments.forEach(segment -> Require.identifier(segment, "segments[]"));
    }
}
