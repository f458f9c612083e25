package dev.engagehub.rewards.service;

import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.rewards.domain.Reward;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The catalog as one member sees it: what they can redeem now first, and why not for the rest. */
@ApplicationScoped
public class Offers {
    private final Catalog catalog;
    private final Inventory inventory;
    private final MemberStandings standings;

    Offers(Catalog catalog, Inventory inventory, MemberStandings standings) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.standings = standings;
    }

    /**
     * @param available units left, null for unlimited
     * @param blocker   why it cannot be redeemed now, or null when it can
     */
    public record Offer(Reward reward, Long available, boolean affordable, boolean eligible, String blocker) {
        public boolean redeemable() {
            return blocker == null;
        }
    }

    public record MemberOffers(long balance, int level, List<Offer> offers) {
    }

    public MemberOffers of(String communityId, String memberId, Collection<String> roleIds) {
        List<Reward> rewards = catalog.all(communityId, false);
        boolean badgesMatter = rewards.stream().anyMatch(reward -> reward.eligibility().requiredBadge() != null);
        MemberStandings.Standing standing = standings.find(communityId, memberId, badgesMatter)
                .orElseThrow(() -> new ProblemException(503, "points-unavailable", "Try again shortly",
                        "cannot read your points right now"));
        Instant now = Instant.now();
        List<Offer> offers = rewards.stream().map(reward -> offer(communityId, reward, standing, roleIds, now))
                .sorted(Comparator.comparing((Offer offer) -> !offer.redeemable())
                        .thenComparingLong(offer -> offer.reward().cost()))
                .toList();
        return new MemberOffers(standing.balance(), standing.level(), offers);
    }

    private Offer offer(String communityId, Reward reward, MemberStandings.Standing standing,
                        Collection<String> roleIds, Instant now) {
        Long available = inventory.available(communityId, reward.key());
        Optional<String> ineligible = reward.eligibility().refusal(roleIds)
                .or(() -> reward.eligibility().refusal(standing.level(), standing.badges()));
        boolean affordable = standing.balance() >= reward.cost();
        String blocker = ineligible.orElse(!reward.isAvailableAt(now) ? "not available at this time"
                : available != null && available <= 0 ? "out of stock"
                : !affordable ? "needs " + (reward.cost() - standing.balance()) + " more points" : null);
        return new Offer(reward, available, affordable, ineligible.isEmpty(), blocker);
    }
}
