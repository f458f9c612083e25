package dev.engagehub.gateway.webhook;

import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.rest.ProblemException;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Partners of a community, their secrets, and which member each of their users is. Changes are audited. */
@ApplicationScoped
@Transactional
public class Partners {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager db;
    private final AuditLog audit;
    private final Map<String, WebhookProvider> providers;

    Partners(EntityManager db, AuditLog audit, @All List<WebhookProvider> providers) {
        this.db = db;
        this.audit = audit;
        this.providers = providers.stream().collect(Collectors.toMap(WebhookProvider::name, Function.identity()));
    }

    public WebhookProvider provider(Partner partner) {
        return providers.get(partner.provider);
    }

    /** A new partner with a fresh secret (shown to the admin once, in the answer). */
    public Partner create(String communityId, String name, String provider, String actor) {
        if (!providers.containsKey(provider)) {
            throw ProblemException.invalidField("provider", "one of " + providers.keySet().stream().sorted().toList());
        }
        Partner partner = new Partner();
        partner.id = "p_" + hex(9);
        partner.communityId = communityId;
        partner.name = name;
        partner.provider = provider;
        partner.secret = "whsec_" + hex(24);
        partner.active = true;
        partner.createdAt = Instant.now();
        partner.persist();
        audit.record(communityId, actor, "partner.created", partner.id, name + " (" + provider + ")");
        return partner;
    }

    public Optional<Partner> active(String partnerId) {
        return Partner.<Partner>findByIdOptional(partnerId).filter(partner -> partner.active);
    }

    public List<Partner> of(String communityId) {
        return Partner.list("communityId = ?1 order by createdAt", communityId);
    }

    public void deactivate(String communityId, String partnerId, String actor) {
        Partner partner = owned(communityId, partnerId);
        partner.active = false;
        audit.record(communityId, actor, "partner.deactivated", partnerId, partner.name);
    }

    public void link(String communityId, String partnerId, String externalId, String memberId, String actor) {
        owned(communityId, partnerId);
        db.createNativeQuery("""
                        INSERT INTO partner_members (partner_id, external_id, member_id) VALUES (?1, ?2, ?3)
                        ON CONFLICT (partner_id, external_id) DO UPDATE SET member_id = EXCLUDED.member_id""")
                .setParameter(1, partnerId).setParameter(2, externalId).setParameter(3, memberId).executeUpdate();
        audit.record(communityId, actor, "partner.member-linked", partnerId, externalId + " → " + memberId);
    }

    public Optional<String> memberFor(String partnerId, String externalId) {
        return db.createNativeQuery("SELECT member_id FROM partner_members WHERE partner_id = ?1 AND external_id = ?2",
                        String.class).setParameter(1, partnerId).setParameter(2, externalId).getResultStream()
                .map(String.class::cast).findFirst();
    }

    private Partner owned(String communityId, String partnerId) {
        return Partner.<Partner>findByIdOptional(partnerId).filter(partner -> partner.communityId.equals(communityId))
                .orElseThrow(() -> ProblemException.notFound("partner", partnerId));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
