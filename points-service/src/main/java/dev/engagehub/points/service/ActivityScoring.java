package dev.engagehub.points.service;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.kit.inbox.Inbox;
import dev.engagehub.kit.outbox.Outbox;
import dev.engagehub.kit.messaging.UnprocessableEventException;
import dev.engagehub.points.domain.Streak;
import dev.engagehub.points.rules.ActionRule;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.rules.Earning;
import dev.engagehub.points.rules.PointsCalculator;
import dev.engagehub.points.service.ActionUsageStore.Awarded;
import dev.engagehub.points.service.ActionUsageStore.Counted;
import dev.engagehub.points.service.ActionUsageStore.Key;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies a community's rules to activities, exactly once per event: cooldowns, caps, multipliers, no-XP
 * places, then the ledger, then what follows from the new total (levels, streaks, goals). A batch is scored
 * in order, as if one event at a time, but its bookkeeping (which events are new, the usage rows, streaks
 * and balances it needs) is read in a few statements, and what it writes (usage, ledger entries, balances,
 * outbox events) is stored in a few multi-row statements at the end.
 */
@ApplicationScoped
@Transactional
public class ActivityScoring {
    static final String CONSUMER = "points-activity";

    private final Inbox inbox;
    private final RulesCache rules;
    private final ActionUsageStore usage;
    private final Streaks streaks;
    private final Progress progress;
    private final Ledger ledger;
    private final Outbox outbox;

    ActivityScoring(Inbox inbox, RulesCache rules, ActionUsageStore usage, Streaks streaks, Progress progress,
                    Ledger ledger, Outbox outbox) {
        this.inbox = inbox;
        this.rules = rules;
        this.usage = usage;
        this.streaks = streaks;
        this.progress = progress;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /** What the activity earned; nothing when a rule says so or the event was seen before. */
    public Earning score(EventEnvelope<ActivityRecorded> activity) {
        return scoreAll(List.of(activity)).get(0);
    }

    /**
     * What each activity earned, in order. Throws {@link UnprocessableEventException}, before changing anything,
     * if any of them can never apply (no member, unknown community or action).
     */
    public List<Earning> scoreAll(List<EventEnvelope<ActivityRecorded>> activities) {
        List<Scored> batch = activities.stream().map(this::applicable).toList();
        Set<UUID> fresh = inbox.firstDeliveries(CONSUMER, activities.stream().map(EventEnvelope::eventId).toList());
        List<Scored> toScore = batch.stream().filter(scored -> fresh.contains(scored.activity().eventId())).toList();
        Map<Key, Counted> used = usage.lockAll(toScore.stream().map(Scored::key).toList());
        Map<String, Set<String>> membersByCommunity = toScore.stream().collect(Collectors.groupingBy(
                scored -> scored.activity().communityId(),
                Collectors.mapping(scored -> scored.activity().memberId(), Collectors.toSet())));
        Map<String, Map<String, Streak>> streakOf = new HashMap<>();
        membersByCommunity.forEach((community, members) -> {
            streakOf.put(community, streaks.ofAll(community, members));
            ledger.lockForAwards(community, members);
        });
        Map<Key, Awarded> awarded = new HashMap<>();
        Map<String, Map<String, Streak>> streaksChanged = new HashMap<>();
        List<Earning> earnings = new ArrayList<>(batch.size());
        outbox.batched(() -> {
            for (Scored scored : batch) {
                earnings.add(fresh.remove(scored.activity().eventId())
                        ? scoreFresh(scored, used, streakOf, streaksChanged, awarded)
                        : new Earning(0, Earning.Outcome.DUPLICATE));
            }
            ledger.writeAwards();
        });
        streaksChanged.forEach(streaks::saveAll);
        usage.recordAll(awarded);
        return earnings;
    }

    private Earning scoreFresh(Scored scored, Map<Key, Counted> used, Map<String, Map<String, Streak>> streakOf,
                               Map<String, Map<String, Streak>> streaksChanged, Map<Key, Awarded> awarded) {
        EventEnvelope<ActivityRecorded> activity = scored.activity();
        ActivityRecorded payload = activity.payload();
        CommunityRules community = scored.community();
        Counted before = used.getOrDefault(scored.key(), Counted.NONE);
        Earning earning = PointsCalculator.earn(community, scored.rule(), activity.eventId(), payload,
                activity.occurredAt(), before.usage());
        if (earning.outcome() != Earning.Outcome.NO_XP && earning.outcome() != Earning.Outcome.DISABLED) {
            Map<String, Streak> inCommunity = streakOf.get(activity.communityId());
            Streak streakBefore = inCommunity.getOrDefault(activity.memberId(), Streak.NONE);
            Streak streakAfter = progress.activeOn(community, activity, streakBefore);
            if (!streakAfter.equals(streakBefore)) {
                inCommunity.put(activity.memberId(), streakAfter);
                streaksChanged.computeIfAbsent(activity.communityId(), c -> new HashMap<>())
                        .put(activity.memberId(), streakAfter);
            }
        }
        if (!earning.earned()) {
            return earning;
        }
        LocalDate day = activity.occurredAt().atZone(community.zone()).toLocalDate();
        long total = before.totalCount() + payload.quantity();
        used.put(scored.key(), new Counted(before.usage().after(activity.occurredAt(), day, earning.points()), total));
        awarded.put(scored.key(), awarded.getOrDefault(scored.key(), Awarded.NONE)
                .and(activity.occurredAt(), day, earning.points(), payload.quantity()));
        progress.grant(community, activity, new Ledger.Movement(activity.communityId(), activity.memberId(),
                earning.points(), payload.action(), activity.eventId(), null, null,
                community.segmentsOf(payload.roleIds()), activity.occurredAt()), payload.roleIds());
        progress.countAction(community, activity, payload.action(), payload.quantity(), total, payload.roleIds());
        return earning;
    }

    private Scored applicable(EventEnvelope<ActivityRecorded> activity) {
        if (activity.memberId() == null) {
            throw new UnprocessableEventException("an activity needs a memberId");
        }
        CommunityRules community = rules.find(activity.communityId()).orElseThrow(() ->
                new UnprocessableEventException("unknown community '" + activity.communityId() + "'"));
        String action = activity.payload().action();
        ActionRule rule = community.rule(action).orElseThrow(() -> new UnprocessableEventException(
                "community '" + activity.communityId() + "' has no rule for action '" + action + "'"));
        return new Scored(activity, community, rule, new Key(activity.communityId(), activity.memberId(), action));
    }

    private record Scored(EventEnvelope<ActivityRecorded> activity, CommunityRules community, ActionRule rule,
                          Key key) {
    }
}
