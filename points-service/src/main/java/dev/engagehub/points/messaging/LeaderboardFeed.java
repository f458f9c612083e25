package dev.engagehub.points.messaging;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.events.PointsAdjusted;
import dev.engagehub.events.PointsAwarded;
import dev.engagehub.kit.messaging.ConsumerFailures;
import dev.engagehub.kit.messaging.DeadLetters;
import dev.engagehub.points.leaderboard.Leaderboards;
import dev.engagehub.points.rules.CommunityRules;
import dev.engagehub.points.service.RulesCache;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Projects {@code engagehub.points} onto the Redis boards, in its own consumer group. Every ledger write
 * that moves XP (activity, submission, challenge reward, admin adjustment) reaches the boards this one
 * way, after its transaction committed; the entry-id watermark makes redelivery harmless. A poll is applied
 * with one script call per community, so the boards keep up with the ledger's batches.
 */
@ApplicationScoped
public class LeaderboardFeed {
    public static final String CHANNEL = "leaderboard-feed";

    private final Leaderboards leaderboards;
    private final RulesCache rules;
    private final DeadLetters deadLetters;

    LeaderboardFeed(Leaderboards leaderboards, RulesCache rules, DeadLetters deadLetters) {
        this.leaderboards = leaderboards;
        this.rules = rules;
        this.deadLetters = deadLetters;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS)
    public void onPointsEvents(ConsumerRecords<String, String> records) {
        List<Leaderboards.BoardEntry> entries = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                boardEntryOf(EventCodec.decode(record.value())).ifPresent(entries::add);
            } catch (MalformedEventException unreadable) {
                deadLetters.park(record, unreadable);
            }
        }
        ConsumerFailures.logged(CHANNEL, () -> leaderboards.applyAll(entries, community ->
                rules.find(community).map(CommunityRules::zone).orElse(ZoneOffset.UTC)));
    }

    /** The XP movement an event carries, if it carries one. */
    private static Optional<Leaderboards.BoardEntry> boardEntryOf(EventEnvelope<?> event) {
        if (event.payload() instanceof PointsAwarded awarded) {
            return Optional.of(new Leaderboards.BoardEntry(event.communityId(), event.memberId(), awarded.points(),
                    awarded.ledgerEntryId(), event.occurredAt(), awarded.segments()));
        }
        if (event.payload() instanceof PointsAdjusted adjusted) {
            return Optional.of(new Leaderboards.BoardEntry(event.communityId(), event.memberId(), adjusted.points(),
                    adjusted.ledgerEntryId(), event.occurredAt(), List.of()));
        }
        return Optional.empty();
    }
}
