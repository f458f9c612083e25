package dev.engagehub.rewards.domain;

import dev.engagehub.events.Identifiers;
import dev.engagehub.kit.rest.ProblemException;

/**
 * What the member receives and how.
 *
 * @param roleId           a Discord role a digital perk grants, or null
 * @param roleDurationDays how long the role is kept; null for good
 * @param instructions     shown to the member on fulfilment (where to use a code, how to claim an offer)
 * @param requiresApproval an admin approves every redemption first (merch and custom rewards always do)
 */
public record Fulfilment(String roleId, Integer roleDurationDays, String instructions, boolean requiresApproval) {
    public static final Fulfilment AT_ONCE = new Fulfilment(null, null, null, false);

    public Fulfilment {
        if (roleId != null && !Identifiers.isValid(roleId)) {
            throw ProblemException.invalidField("fulfilment.roleId", "roleId must be " + Identifiers.RULE);
        }
        if (roleDurationDays != null && (roleId == null || roleDurationDays <= 0 || roleDurationDays > 3_650)) {
            throw ProblemException.invalidField("fulfilment.roleDurationDays",
                    "roleDurationDays needs a roleId and must be between 1 and 3650");
        }
        if (instructions != null && instructions.length() > 1_000) {
            throw ProblemException.invalidField("fulfilment.instructions", "instructions must be at most 1000 characters");
        }
    }
}
