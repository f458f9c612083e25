package dev.engagehub.points.service;

import dev.engagehub.events.BadgeEarned;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.points.domain.BadgeDefinition;
import dev.engagehub.points.domain.BadgeKind;
import dev.engagehub.points.leaderboard.LeaderboardEntry;
import dev.engagehub.points.leaderboard.LeaderboardKeys;
import dev.engagehub.points.leaderboard.LeaderboardWindow;
import dev.engagehub.points.leaderboard.Leaderboards;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.rules.RulesStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.YearMonth;

/**
 * "Top N of the month" badges, given once a month has ended: from the month's final board, in the
 * community's time zone. Runs hourly and is idempotent, so a missed or repeated run changes nothing.
 */
@ApplicationScoped
public class MonthlyTopBadges {
    private final RulesStore store;
    private final RulesCache rules;
    private final Leaderboards leaderboards;
    private final Badges badges;

    MonthlyTopBadges(RulesStore store, RulesCache rules, Leaderboards leaderboards, Badges badges) {
        this.store = store;
        this.rules = rules;
        this.leaderboards = leaderboards;
        this.badges = badges;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void awardLastMonth() {
        for (String communityId : store.communityIds()) {
            CommunityRules community = rules.require(communityId);
            award(community, YearMonth.now(community.zone()).minusMonths(1));
        }
    }

    /** Gives each MONTHLY_TOP badge to the members within its threshold on {@code month}'s board; returns how many. */
    public int award(CommunityRules community, YearMonth month) {
        int given = 0;
        for (BadgeDefinition badge : community.badges()) {
            if (badge.kind() != BadgeKind.MONTHLY_TOP) {
                continue;
            }
            String board = LeaderboardKeys.of(community.communityId(), LeaderboardWindow.MONTH, month.toString());
            for (LeaderboardEntry entry : leaderboards.page(board, 0, (int) Math.min(badge.threshold(), 1_000)).entries()) {
                EventEnvelope<BadgeEarned> cause = EventEnvelope.of(community.communityId(), entry.memberId(),
                        EventSource.POINTS_SERVICE, new BadgeEarned(badge.key(), badge.name()))
                        .occurringAt(Instant.now());
                if (QuarkusTransaction.requiringNew().call(() -> badges.give(cause, badge.key()))) {
                    given++;
                }
            }
        }
        return given;
    }
}
