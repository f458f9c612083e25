package dev.engagehub.analytics.service;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.ChallengeCompleted;
import dev.engagehub.events.ChallengeProgressed;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.NotificationRequested;
import dev.engagehub.events.PointsAdjusted;
import dev.engagehub.events.PointsAwarded;
import dev.engagehub.events.PointsDebited;
import dev.engagehub.events.PointsRefunded;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.RedemptionRequested;
import dev.engagehub.events.SubmissionCreated;
import dev.engagehub.events.SubmissionReviewed;
import dev.engagehub.kit.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Folds one event into the aggregates, once (its inbox row, or for an award its ledger copy, is written in the
 * same transaction). Everything is keyed by when the event happened, so late and out-of-order events land where
 * they belong.
 */
@ApplicationScoped
@Transactional
public class Aggregates {
    public static final String CONSUMER = "analytics";

    private final Inbox inbox;
    private final EntityManager db;
    private final ProgrammeRows rows;
    private final LedgerCopy ledger;

    Aggregates(Inbox inbox, EntityManager db, ProgrammeRows rows, LedgerCopy ledger) {
        this.inbox = inbox;
        this.db = db;
        this.rows = rows;
        this.ledger = ledger;
    }

    public void apply(EventEnvelope<?> event) {
        applyAll(List.of(event));
    }

    /**
     * Folds a batch in order. Which events are new is asked once for the batch (awards by their ledger copy,
     * the rest by the inbox); activity and awards, the bulk of any stream, are summed in memory and written
     * with one upsert per table ({@link HourlyFold}).
     */
    @SuppressWarnings("unchecked")
    public void applyAll(List<? extends EventEnvelope<?>> events) {
        List<EventEnvelope<?>> counted = events.stream().filter(event -> event.memberId() != null
                || event.payload() instanceof NotificationRequested).collect(Collectors.toList());
        Map<Boolean, List<EventEnvelope<?>>> byAward = counted.stream()
                .collect(Collectors.partitioningBy(event -> event.payload() instanceof PointsAwarded));
        Set<UUID> fresh = ledger.firstAwards(byAward.get(true).stream()
                .map(event -> (EventEnvelope<PointsAwarded>) event).toList());
        fresh.addAll(inbox.firstDeliveries(CONSUMER, byAward.get(false).stream().map(EventEnvelope::eventId).toList()));
        HourlyFold fold = new HourlyFold();
        for (EventEnvelope<?> event : counted) {
            if (!fresh.remove(event.eventId())) {
                continue;
            }
            if (event.payload() instanceof ActivityRecorded activity) {
                fold.activity(event, activity.action(), activity.quantity());
            } else if (event.payload() instanceof PointsAwarded awarded) {
                fold.award(event, awarded.action(), awarded.points());
                rows.segments(event, awarded.segments());
            } else {
                applyFresh(event);
            }
        }
        fold.write(db);
    }

    private void applyFresh(EventEnvelope<?> event) {
        if (event.payload() instanceof NotificationRequested notification) {
            notificationHour(event, notification.channel().name());
            return;
        }
        Object payload = event.payload();
        if (payload instanceof PointsAdjusted adjusted) {
            memberHour(event, 0, adjusted.points());
            pointsHour(event, adjusted.points() >= 0 ? "issued" : "deducted", Math.abs(adjusted.points()));
            if (adjusted.points() > 0) {
                milestone(event, "first_points_at");
            }
            ledger.add(event, "adjustment", adjusted.points(), adjusted.balance(), adjusted.reason());
        } else if (payload instanceof PointsDebited debited) {
            pointsHour(event, "redeemed", debited.points());
            ledger.add(event, "debit", -debited.points(), debited.balance(), "redemption " + debited.redemptionId());
        } else if (payload instanceof PointsRefunded refunded) {
            pointsHour(event, "refunded", refunded.points());
            ledger.add(event, "refund", refunded.points(), refunded.balance(), refunded.reason());
        } else if (payload instanceof SubmissionCreated created) {
            milestone(event, "first_submission_at");
            rows.submitted(event, created);
        } else if (payload instanceof SubmissionReviewed reviewed) {
            rows.reviewed(event, reviewed);
        } else if (payload instanceof RedemptionRequested requested) {
            milestone(event, "first_redemption_at");
            rows.requested(event, requested);
        } else if (payload instanceof RedemptionFulfilled fulfilled) {
            rows.fulfilled(event, fulfilled);
        } else if (payload instanceof RedemptionRejected rejected) {
            rows.rejected(event, rejected);
        } else if (payload instanceof ChallengeProgressed progressed) {
            rows.progressed(event, progressed);
        } else if (payload instanceof ChallengeCompleted completed) {
            rows.completed(event, completed);
        }
    }

    private static Instant hour(EventEnvelope<?> event) {
        return event.occurredAt().truncatedTo(ChronoUnit.HOURS);
    }

    private void memberHour(EventEnvelope<?> event, long events, long points) {
        db.createNativeQuery("""
                        INSERT INTO member_hours (community_id, hour, member_id, events, points) VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (community_id, hour, member_id)
                        DO UPDATE SET events = member_hours.events + ?4, points = member_hours.points + ?5""")
                .setParameter(1, event.communityId()).setParameter(2, hour(event)).setParameter(3, event.memberId())
                .setParameter(4, events).setParameter(5, points).executeUpdate();
    }

    private void notificationHour(EventEnvelope<?> event, String channel) {
        db.createNativeQuery("""
                        INSERT INTO notification_hours (community_id, hour, channel, requested) VALUES (?1, ?2, ?3, 1)
                        ON CONFLICT (community_id, hour, channel) DO UPDATE SET requested = notification_hours.requested + 1""")
                .setParameter(1, event.communityId()).setParameter(2, hour(event)).setParameter(3, channel)
                .executeUpdate();
    }

    /** {@code column} is one of the fixed counters of points_hours. */
    private void pointsHour(EventEnvelope<?> event, String column, long points) {
        db.createNativeQuery("INSERT INTO points_hours (community_id, hour, " + column + ") VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (community_id, hour) DO UPDATE SET " + column + " = points_hours." + column
                        + " + ?3")
                .setParameter(1, event.communityId()).setParameter(2, hour(event)).setParameter(3, points)
                .executeUpdate();
    }

    /** Records a first (the earliest wins, whatever the arrival order). */
    private void milestone(EventEnvelope<?> event, String column) {
        db.createNativeQuery("INSERT INTO member_milestones (community_id, member_id, first_seen_at, " + column
                        + ") VALUES (?1, ?2, ?3, ?3) ON CONFLICT (community_id, member_id) DO UPDATE SET first_seen_at = "
                        + "LEAST(member_milestones.first_seen_at, ?3), " + column + " = LEAST(member_milestones." + column
                        + ", ?3)")
                .setParameter(1, event.communityId()).setParameter(2, event.memberId())
                .setParameter(3, event.occurredAt()).executeUpdate();
    }
}
