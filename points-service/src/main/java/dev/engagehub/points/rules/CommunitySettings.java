package dev.engagehub.points.rules;

import dev.engagehub.points.domain.InvalidRuleException;
import dev.engagehub.points.domain.RuleChecks;
import dev.engagehub.points.domain.LevelCurve;
import java.util.Map;
import java.util.Set;

/** The community-wide part of the rules, replaced as a whole by an admin. */
public record CommunitySettings(LevelCurve curve, int streakGraceDays, Set<String> noXpChannels,
                                Set<String> noXpRoles, Map<Integer, String> levelRoleRewards,
                                Map<String, String> segments) {
    static final int MAX_GRACE_DAYS = 7;

    public CommunitySettings {
        if (curve.a() > Integer.MAX_VALUE || curve.b() > Integer.MAX_VALUE || curve.c() > Integer.MAX_VALUE) {
            throw new InvalidRuleException("levelCurve", "level curve coefficients are too large");
        }
        if (streakGraceDays < 0 || streakGraceDays > MAX_GRACE_DAYS) {
            throw new InvalidRuleException("streakGraceDays", "streakGraceDays must be between 0 and 7");
        }
        noXpChannels.forEach(id -> RuleChecks.identifier(id, "noXpChannels[]"));
        noXpRoles.forEach(id -> RuleChecks.identifier(id, "noXpRoles[]"));
        levelRoleRewards.forEach((level, role) -> {
            if (level == null || level <= 0) {
                throw new InvalidRuleException("levelRoleRewards", "levels with role rewards must be positive");
            }
            RuleChecks.identifier(role, "levelRoleRewards[].roleId");
        });
        segments.forEach((role, name) -> {
            RuleChecks.identifier(role, "segments[].roleId");
            RuleChecks.text(name, "segments[].name", 200);
        });
        noXpChannels = Set.copyOf(noXpChannels);
        noXpRoles = Set.copyOf(noXpRoles);
        levelRoleRewards = Map.copyOf(levelRoleRewards);
        segments = Map.copyOf(segments);
    }
}
