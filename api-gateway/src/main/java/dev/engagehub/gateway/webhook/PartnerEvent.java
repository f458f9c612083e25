package dev.engagehub.gateway.webhook;

import java.time.Instant;

/**
 * What a delivery says happened, in EngageHub's terms: who (an EngageHub member id, or the partner's own user id
 * to look up), which action, how many, and the provider's reference.
 */
public record PartnerEvent(String memberId, String externalUserId, String action, long quantity, String reference,
                           Instant occurredAt) {
}
