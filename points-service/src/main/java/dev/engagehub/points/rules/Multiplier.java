package dev.engagehub.points.rules;

import dev.engagehub.points.domain.InvalidRuleException;
import dev.engagehub.points.domain.RuleChecks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Scales awards: a role boost when {@code roleId} is set, a time-boxed event (double XP weekend) when
 * {@code startsAt}/{@code endsAt} are set, or a boost for a role during an event when both are.
 */
public record Multiplier(UUID id, String name, BigDecimal factor, String roleId, Instant startsAt, Instant endsAt) {
    static final BigDecimal MAX_FACTOR = BigDecimal.TEN;

    public Multiplier {
        RuleChecks.text(name, "name", 200);
        if (factor == null || factor.signum() <= 0 || factor.compareTo(MAX_FACTOR) > 0) {
            throw new InvalidRuleException("factor", "factor must be above 0 and at most 10");
        }
        if (roleId != null) {
            RuleChecks.identifier(roleId, "roleId");
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new InvalidRuleException("endsAt", "endsAt must be after startsAt");
        }
    }

    public boolean isRoleBoost() {
        return roleId != null;
    }

    public boolean appliesTo(Collection<String> memberRoles, Instant at) {
        boolean inWindow = (startsAt == null || !at.isBefore(startsAt)) && (endsAt == null || at.isBefore(endsAt));
        return inWindow && (roleId == null || memberRoles.contains(roleId));
    }
}
