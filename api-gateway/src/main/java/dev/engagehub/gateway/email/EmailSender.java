package dev.engagehub.gateway.email;

import dev.engagehub.kit.inbox.Inbox;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends and logs email. For events, once per event: the event id is recorded in the transaction around the send,
 * so a failed send is retried and a delivered one is not repeated (a crash between the two may repeat one).
 * A send that hangs (an SMTP connection that stalls before the server answers) fails after the send timeout
 * instead of holding the consumer until the server gives up on the connection.
 */
@ApplicationScoped
public class EmailSender {
    private final ReactiveMailer mailer;
    private final Inbox inbox;
    private final EntityManager db;
    private final Duration sendTimeout;

    EmailSender(ReactiveMailer mailer, Inbox inbox, EntityManager db,
                @ConfigProperty(name = "engagehub.email.send-timeout", defaultValue = "PT10S") Duration sendTimeout) {
        this.mailer = mailer;
        this.inbox = inbox;
        this.db = db;
        this.sendTimeout = sendTimeout;
    }

    public void onceForEvent(String consumer, UUID eventId, String communityId, String memberId, String to,
                             Email email) {
        inbox.once(consumer, eventId, () -> send(communityId, memberId, to, email, eventId, Instant.now()));
    }

    /** Whether {@code template} already went to the member since {@code since} (for digests and reminders). */
    @Transactional
    public boolean sentSince(String communityId, String memberId, String template, Instant since) {
        return !db.createNativeQuery("""
                        SELECT 1 FROM email_log WHERE community_id = ?1 AND member_id = ?2 AND template = ?3
                        AND sent_at >= ?4 LIMIT 1""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, template)
                .setParameter(4, since).getResultList().isEmpty();
    }

    /** @param at the time it counts as sent (a scheduled email's slot), for "once a day / week" */
    @Transactional
    public void send(String communityId, String memberId, String to, Email email, UUID eventId, Instant at) {
        mailer.send(Mail.withText(to, email.subject(), email.text())).await().atMost(sendTimeout);
        db.createNativeQuery("""
                        INSERT INTO email_log (community_id, member_id, recipient, template, subject, event_id, sent_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, to)
                .setParameter(4, email.template()).setParameter(5, email.subject()).setParameter(6, eventId)
                .setParameter(7, at).executeUpdate();
    }
}
