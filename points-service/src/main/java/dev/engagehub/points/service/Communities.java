package dev.engagehub.points.service;

import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.points.domain.DefaultSubmissionTemplates;
import dev.engagehub.points.rules.RulesStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;

/** Creates communities with everything a new one needs: default rules, badges and submission templates. */
@ApplicationScoped
@Transactional
public class Communities {
    private final RulesStore store;
    private final RulesCache cache;
    private final Badges badges;
    private final SubmissionTemplates templates;
    private final AuditLog audit;

    Communities(RulesStore store, RulesCache cache, Badges badges, SubmissionTemplates templates, AuditLog audit) {
        this.store = store;
        this.cache = cache;
        this.badges = badges;
        this.templates = templates;
        this.audit = audit;
    }

    /** Creates the community with defaults, or updates its name and time zone; true when it was created. */
    public boolean register(String communityId, String name, ZoneId zone, String actorId) {
        boolean created = store.upsertCommunity(communityId, name, zone);
        if (created) {
            Badges.DEFAULTS.forEach(badge -> badges.save(communityId, badge));
            DefaultSubmissionTemplates.ALL.forEach(template -> templates.save(communityId, template));
        }
        audit.record(communityId, actorId, created ? "community.create" : "community.update", "community:" + communityId,
                name + " (" + zone.getId() + ")");
        cache.evict(communityId);
        return created;
    }
}
