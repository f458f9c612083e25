package dev.engagehub.points.service;

import dev.engagehub.kit.audit.AuditLog;
import dev.engagehub.kit.rest.ProblemException;
import dev.engagehub.points.domain.BadgeDefinition;
import dev.engagehub.points.domain.Challenge;
import dev.engagehub.points.domain.SubmissionTemplate;
import dev.engagehub.points.rules.ActionRule;
import dev.engagehub.points.rules.CommunitySettings;
import dev.engagehub.points.rules.Multiplier;
import dev.engagehub.points.rules.RulesStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Every admin change to a community's rules, each audited in its own transaction. */
@ApplicationScoped
@Transactional
public class RuleEditor {
    private final RulesStore store;
    private final RulesCache cache;
    private final AuditLog audit;
    private final Badges badges;
    private final Challenges challenges;
    private final SubmissionTemplates templates;

    RuleEditor(RulesStore store, RulesCache cache, AuditLog audit, Badges badges, Challenges challenges,
               SubmissionTemplates templates) {
        this.store = store;
        this.cache = cache;
        this.audit = audit;
        this.badges = badges;
        this.challenges = challenges;
        this.templates = templates;
    }

    public void saveAction(String communityId, ActionRule rule, String actorId) {
        cache.require(communityId);
        store.saveAction(communityId, rule);
        changed(communityId, actorId, "rules.action.save", "action:" + rule.action(), rule.toString());
    }

    public void deleteAction(String communityId, String action, String actorId) {
        cache.require(communityId);
        if (!store.deleteAction(communityId, action)) {
            throw ProblemException.notFound("Action rule", action);
        }
        changed(communityId, actorId, "rules.action.delete", "action:" + action, null);
    }

    public void addMultiplier(String communityId, Multiplier multiplier, String actorId) {
        cache.require(communityId);
        store.addMultiplier(communityId, multiplier);
        changed(communityId, actorId, "rules.multiplier.add", "multiplier:" + multiplier.id(), multiplier.toString());
    }

    public void deleteMultiplier(String communityId, UUID id, String actorId) {
        cache.require(communityId);
        if (!store.deleteMultiplier(communityId, id)) {
            throw ProblemException.notFound("Multiplier", id.toString());
        }
        changed(communityId, actorId, "rules.multiplier.delete", "multiplier:" + id, null);
    }

    public void saveSettings(String communityId, CommunitySettings settings, String actorId) {
        cache.require(communityId);
        store.saveSettings(communityId, settings);
        changed(communityId, actorId, "rules.settings.save", "community:" + communityId, settings.toString());
    }

    public void saveBadge(String communityId, BadgeDefinition badge, String actorId) {
        cache.require(communityId);
        badges.save(communityId, badge);
        changed(communityId, actorId, "badge.save", "badge:" + badge.key(), badge.toString());
    }

    public void saveChallenge(String communityId, Challenge challenge, String actorId) {
        cache.require(communityId);
        if (challenge.rewardBadgeKey() != null && badges.definition(communityId, challenge.rewardBadgeKey()).isEmpty()) {
            throw ProblemException.badRequest("unknown-badge",
                    "rewardBadgeKey '" + challenge.rewardBadgeKey() + "' is not a badge of this community");
        }
        challenges.save(communityId, challenge);
        changed(communityId, actorId, "challenge.save", "challenge:" + challenge.key(), challenge.toString());
    }

    public void saveTemplate(String communityId, SubmissionTemplate template, String actorId) {
        cache.require(communityId);
        templates.save(communityId, template);
        changed(communityId, actorId, "submission-template.save", "template:" + template.key(), template.toString());
    }

    private void changed(String communityId, String actorId, String action, String subject, String details) {
        audit.record(communityId, actorId, action, subject, details);
        cache.evict(communityId);
    }
}
