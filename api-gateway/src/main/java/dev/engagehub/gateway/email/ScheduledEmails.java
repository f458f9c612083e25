package dev.engagehub.gateway.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engagehub.gateway.client.Upstream;
import dev.engagehub.gateway.client.Upstreams;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Email that goes out on a schedule: each evening (UTC) a reminder to members whose streak ends tonight, and
 * each Monday a digest of the week. The email log keeps each to once per day or week per member.
 */
@ApplicationScoped
public class ScheduledEmails {
    private static final Logger LOG = Logger.getLogger(ScheduledEmails.class);
    private static final Duration WAIT = Duration.ofSeconds(6);
    private static final String ACTOR = "api-gateway";

    private final MemberContacts contacts;
    private final EmailSender sender;
    private final Upstream points;
    private final ObjectMapper json;
    private final int reminderHour;

    ScheduledEmails(MemberContacts contacts, EmailSender sender, @Named(Upstreams.POINTS) Upstream points,
                    ObjectMapper json, @ConfigProperty(name = "engagehub.email.reminder-hour") int reminderHour) {
        this.contacts = contacts;
        this.sender = sender;
        this.points = points;
        this.json = json;
        this.reminderHour = reminderHour;
    }

    @Scheduled(every = "15m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Instant now = Instant.now();
        streakReminders(now);
        digests(now);
    }

    /** From the reminder hour on, once a day; returns how many went out. */
    public int streakReminders(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        if (utc.getHour() < reminderHour) {
            return 0;
        }
        Instant today = utc.truncatedTo(ChronoUnit.DAYS).toInstant();
        int sent = 0;
        for (String community : contacts.communitiesWithSubscribers()) {
            Set<String> atRisk = new HashSet<>();
            read("/api/v1/communities/" + community + "/streaks/at-risk", query("minimumDays", "2"))
                    .forEach(member -> atRisk.add(member.asText()));
            for (MemberContacts.Contact contact : contacts.subscribed(community)) {
                if (atRisk.contains(contact.memberId())
                        && !sender.sentSince(community, contact.memberId(), "streak-reminder", today)) {
                    sender.send(community, contact.memberId(), contact.email(), EmailTexts.streakReminder(), null,
                            now);
                    sent++;
                }
            }
        }
        return sent;
    }

    /** On Mondays, the week's digest to every subscriber, once; returns how many went out. */
    public int digests(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        if (utc.getDayOfWeek() != DayOfWeek.MONDAY) {
            return 0;
        }
        Instant weekStart = utc.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .toInstant();
        ZonedDateTime previous = utc.minusWeeks(1);
        String lastWeek = String.format("%d-W%02d", previous.get(IsoFields.WEEK_BASED_YEAR),
                previous.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        int sent = 0;
        for (String community : contacts.communitiesWithSubscribers()) {
            for (MemberContacts.Contact contact : contacts.subscribed(community)) {
                if (sender.sentSince(community, contact.memberId(), "weekly-digest", weekStart)) {
                    continue;
                }
                try {
                    String base = "/api/v1/communities/" + community;
                    JsonNode progress = read(base + "/members/" + contact.memberId() + "/points", query());
                    JsonNode standing = read(base + "/leaderboards/week/members/" + contact.memberId(),
                            query("period", lastWeek)).path("standing");
                    sender.send(community, contact.memberId(), contact.email(), EmailTexts.digest(
                            progress.path("balance").asLong(), progress.path("level").asInt(),
                            standing.path("points").asLong(), standing.path("rank").isNumber()
                                    ? standing.get("rank").asLong() : null), null, now);
                    sent++;
                } catch (RuntimeException e) {
                    LOG.warnf("weekly digest for %s/%s not sent: %s", community, contact.memberId(), e.toString());
                }
            }
        }
        return sent;
    }

    private static MultivaluedHashMap<String, String> query(String... nameValues) {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            query.add(nameValues[i], nameValues[i + 1]);
        }
        return query;
    }

    private JsonNode read(String path, MultivaluedHashMap<String, String> query) {
        Response response = points.get(path, query, ACTOR).await().atMost(WAIT);
        if (response.getStatus() != 200) {
            throw new IllegalStateException(path + " answered " + response.getStatus());
        }
        return parse(response);
    }

    private JsonNode parse(Response response) {
        try {
            return json.readTree((String) response.getEntity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
