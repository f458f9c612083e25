package dev.engagehub.bot.activity;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Discord activity into {@code engagehub.activity}, through the outbox; points-service decides its worth. */
@ApplicationScoped
public class ActivityPublisher {
    public static final String SOURCE = "discord";

    private final Outbox outbox;

    protected ActivityPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public void publish(String guildId, String userId, ActivityRecorded activity, Instant occurredAt) {
        outbox.add(EventEnvelope.of(guildId, userId, SOURCE, activity).occurringAt(occurredAt));
    }
}
