package dev.engagehub.gateway.email;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.MalformedEventException;
import dev.engagehub.events.NotificationRequested;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.SubmissionReviewed;
import dev.engagehub.kit.messaging.ConsumerFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Events that members hear about by email: reward news, review outcomes, and notifications addressed to an
 * email. Members are emailed only if they left an address and want notifications.
 */
@ApplicationScoped
public class EmailConsumers {
    static final String REDEMPTIONS = "email-redemptions";
    static final String SUBMISSIONS = "email-submissions";
    static final String NOTIFICATIONS = "email-notifications";

    private final MemberContacts contacts;
    private final EmailSender sender;

    EmailConsumers(MemberContacts contacts, EmailSender sender) {
        this.contacts = contacts;
        this.sender = sender;
    }

    @Incoming(REDEMPTIONS)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onRedemption(String record) {
        ConsumerFailures.logged(REDEMPTIONS, () -> {
            EventEnvelope<?> event = EventCodec.decode(record);
            if (event.payload() instanceof RedemptionFulfilled fulfilled) {
                toMember(REDEMPTIONS, event, EmailTexts.fulfilled(fulfilled));
            } else if (event.payload() instanceof RedemptionRejected rejected) {
                toMember(REDEMPTIONS, event, EmailTexts.rejected(rejected));
            }
        });
    }

    @Incoming(SUBMISSIONS)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onSubmission(String record) {
        ConsumerFailures.logged(SUBMISSIONS, () -> {
            EventEnvelope<?> event = EventCodec.decode(record);
            if (event.payload() instanceof SubmissionReviewed reviewed) {
                toMember(SUBMISSIONS, event, EmailTexts.reviewed(reviewed));
            }
        });
    }

    @Incoming(NOTIFICATIONS)
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 1, durationUnit = ChronoUnit.HOURS,
            abortOn = MalformedEventException.class)
    public void onNotification(String record) {
        ConsumerFailures.logged(NOTIFICATIONS, () -> {
            EventEnvelope<?> event = EventCodec.decode(record);
            if (event.payload() instanceof NotificationRequested request
                    && request.channel() == NotificationRequested.Channel.EMAIL) {
                sender.onceForEvent(NOTIFICATIONS, event.eventId(), event.communityId(), event.memberId(),
                        request.recipient(), EmailTexts.notification(request));
            }
        });
    }

    private void toMember(String consumer, EventEnvelope<?> event, Email email) {
        if (event.memberId() == null) {
            return;
        }
        contacts.find(event.communityId(), event.memberId()).filter(MemberContacts.Contact::wantsEmail)
                .ifPresent(contact -> sender.onceForEvent(consumer, event.eventId(), event.communityId(),
                        event.memberId(), contact.email(), email));
    }
}
