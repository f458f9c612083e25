package dev.engagehub.points.rules;

import dev.engagehub.points.domain.BadgeDefinition;
import dev.engagehub.points.domain.Challenge;
import dev.engagehub.points.domain.LevelCurve;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that decides what a member earns in one community, read as one immutable snapshot.
 *
 * @param segments   leaderboard segments: role id → display name
 * @param badges     the badges on offer, so most events can skip asking the database about badges
 * @param challenges every challenge, likewise
 */
public record CommunityRules(String communityId, String name, ZoneId zone, LevelCurve curve, int streakGraceDays,
                             Map<String, ActionRule> actions, List<Multiplier> multipliers,
                             Set<String> noXpChannels, Set<String> noXpRoles, Map<Integer, String> levelRoleRewards,
                             Map<String, String> segments, List<BadgeDefinition> badges,
                             List<Challenge> challenges) {
    public CommunityRules {
        actions = Map.copyOf(actions);
        multipliers = List.copyOf(multipliers);
        noXpChannels = Set.copyOf(noXpChannels);
        noXpRoles = Set.copyOf(noXpRoles);
        levelRoleRewards = Map.copyOf(levelRoleRewards);
        segments = Map.copyOf(segments);
        badges = List.copyOf(badges);
        challenges = List.copyOf(challenges);
    }

    /** The same rules with the community's badges and challenges. */
    public CommunityRules withProgram(List<BadgeDefinition> badgeDefinitions, List<Challenge> allChallenges) {
        return new CommunityRules(communityId, name, zone, curve, streakGraceDays, actions, multipliers, noXpChannels,
                noXpRoles, levelRoleRewards, segments, badgeDefinitions, allChallenges);
    }

    public Optional<ActionRule> rule(String action) {
        return Optional.ofNullable(actions.get(action));
    }

    /** Activity here earns nothing: a no-XP channel, or the member holds a no-XP role. */
    public boolean isNoXp(String channelId, Collection<String> roleIds) {
        return (channelId != null && noXpChannels.contains(channelId)) || roleIds.stream().anyMatch(noXpRoles::contains);
    }

    /** The segment boards a member with these roles counts on. */
    public List<String> segmentsOf(Collection<String> roleIds) {
        return roleIds.stream().filter(segments::containsKey).sorted().toList();
    }

    public Optional<String> roleRewardFor(int level) {
        return Optional.ofNullable(levelRoleRewards.get(level));
    }
}
