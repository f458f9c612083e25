package dev.engagehub.points.service;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.kit.inbox.Inbox;
import dev.engagehub.kit.messaging.UnprocessableEventException;
import dev.engagehub.points.rules.ActionRule;
import dev.engagehub.points.rules.ActionUsage;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.rules.Earning;
import dev.engagehub.points.rules.PointsCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Applies a community's rules to each activity, exactly once per event: cooldowns, caps, multipliers,
 * no-XP places, then the ledger, then what follows from the new total (levels, streaks, goals).
 */
@ApplicationScoped
@Transactional
public class ActivityScoring {
    static final String CONSUMER = "points-activity";

    private final Inbox inbox;
    private final RulesCache rules;
    private final ActionUsageStore usage;
    private final Progress progress;

    ActivityScoring(Inbox inbox, RulesCache rules, ActionUsageStore usage, Progress progress) {
        this.inbox = inbox;
        this.rules = rules;
        this.usage = usage;
        this.progress = progress;
    }

    /** What the activity earned; nothing when a rule says so or the event was seen before. */
    public Earning score(EventEnvelope<ActivityRecorded> activity) {
        ActivityRecorded payload = activity.payload();
        if (activity.memberId() == null) {
            throw new UnprocessableEventException("an activity needs a memberId");
        }
        CommunityRules community = rules.find(activity.communityId()).orElseThrow(() ->
                new UnprocessableEventException("unknown community '" + activity.communityId() + "'"));
        ActionRule rule = community.rule(payload.action()).orElseThrow(() -> new UnprocessableEventException(
                "community '" + activity.communityId() + "' has no rule for action '" + payload.action() + "'"));
        if (!inbox.firstDelivery(CONSUMER, activity.eventId())) {
            return new Earning(0, Earning.Outcome.DUPLICATE);
        }
        ActionUsage used = usage.lock(activity.communityId(), activity.memberId(), payload.action());
        Earning earning = PointsCalculator.earn(community, rule, activity.eventId(), payload, activity.occurredAt(),
                used);
        if (earning.outcome() != Earning.Outcome.NO_XP && earning.outcome() != Earning.Outcome.DISABLED) {
            progress.activeOn(community, activity);
        }
        if (!earning.earned()) {
            return earning;
        }
        long total = usage.recordAward(activity.communityId(), activity.memberId(), payload.action(),
                activity.occurredAt(), activity.occurredAt().atZone(community.zone()).toLocalDate(), earning.points(),
                payload.quantity());
        progress.grant(community, activity, new Ledger.Movement(activity.communityId(), activity.memberId(),
                earning.points(), payload.action(), activity.eventId(), null, null,
                community.segmentsOf(payload.roleIds()), activity.occurredAt()), payload.roleIds());
        progress.countAction(community, activity, payload.action(), payload.quantity(), total, payload.roleIds());
        return earning;
    }
}
