package dev.engagehub.tools.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.EventHeaders;
import dev.engagehub.events.Topics;
import dev.engagehub.tools.Api;
import dev.engagehub.tools.DevTokens;
import dev.engagehub.tools.EventStream;
import dev.engagehub.tools.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./engagehub demo}: seeds a community a new user can explore in the portal at once. The set-up, claims,
 * reviews and redemptions go through the public API as admins and members would; weeks of chat, reactions,
 * voice and check-ins go onto the activity topic as the Discord bot would publish them.
 */
public final class Demo {
    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    private final Settings settings;
    private final Api api;
    private final DevTokens tokens;
    private final Progress progress;
    private final Random random;
    private final String admin;

    public record Settings(String gateway, String bootstrap, String community, int members, int days, Path privateKey,
                    String issuer, long seed) {
        public static Settings parse(String[] args) {
            Map<String, String> options = new HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return new Settings(options.getOrDefault("gateway", "http://localhost:8080"),
                    options.getOrDefault("bootstrap", "127.0.0.1:9092"), options.getOrDefault("community", "demo"),
                    Integer.parseInt(options.getOrDefault("members", "200")),
                    Integer.parseInt(options.getOrDefault("days", "42")),
                    Path.of(options.getOrDefault("private-key", ".engagehub/jwt/private.pem")),
                    options.getOrDefault("issuer", "https://engagehub.local"),
                    Long.parseLong(options.getOrDefault("seed", "42")));
        }
    }

    /** What was seeded, for the summary and for tests. */
    public record Summary(int members, int events, int claims, int redemptions, String adminToken) {
    }

    public Demo(Settings settings, Progress progress) throws Exception {
        this.settings = settings;
        this.api = new Api(settings.gateway());
        this.tokens = new DevTokens(settings.privateKey(), settings.issuer());
        this.progress = progress;
        this.random = new Random(settings.seed());
        this.admin = tokens.token("admin", settings.community(), "demo-admin");
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Progress progress = new Progress(System.out, System.console() != null);
        long started = System.nanoTime();
        Summary summary;
        try {
            summary = new Demo(settings, progress).run();
        } catch (IllegalStateException e) {
            progress.finishLine();
            System.err.println("demo: " + e.getMessage());
            System.exit(1);
            return;
        }
        progress.finishLine();
        System.out.printf("%nSeeded '%s' in %d s: %,d members, %,d activity events, %d claims, %d redemptions.%n",
                settings.community(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), summary.members(),
                summary.events(), summary.claims(), summary.redemptions());
    }

    public Summary run() {
        ActivityPlan plan = new ActivityPlan(settings.seed(), settings.members(), settings.days(),
                ZoneId.of("Europe/Berlin"));
        setUpCommunity();
        List<EventEnvelope<ActivityRecorded>> events = plan.events(settings.community());
        publish(events);
        awaitConsumers("points-service", Set.of(Topics.ACTIVITY.name()), "Applying points to the ledger");
        // Redemptions pick members from the board, a projection that follows the ledger through the points topic.
        awaitConsumers("points-leaderboards", Set.of(Topics.POINTS.name()), "Updating the leaderboards");
        List<String> members = plan.members().stream().map(ActivityPlan.Member::id).toList();
        int claims = claimsAndReviews(members);
        int redemptions = redemptions(members);
        awaitConsumers("analytics-service", Set.of(Topics.ACTIVITY.name(), Topics.POINTS.name(),
                Topics.PROGRESS.name(), Topics.DEBITS.name(), Topics.SUBMISSIONS.name(), Topics.REDEMPTIONS.name()),
                "Updating analytics");
        return new Summary(members.size(), events.size(), claims, redemptions, admin);
    }

    private String path(String... parts) {
        return "/api/v1/communities/" + settings.community() + (parts.length == 0 ? "" : "/" + String.join("/", parts));
    }

    private void setUpCommunity() {
        progress.step("Setting up the community and rewards");
        try {
            api.get(admin, path());
            throw new IllegalStateException("community '" + settings.community() + "' exists already; seed another "
                    + "with --community <id>");
        } catch (Api.Refused notYet) {
            // 404: a fresh community, as it should be.
        }
        api.put(admin, path(), Api.body("name", "Northwind Makers", "timeZone", "Europe/Berlin"));
        api.post(admin, path("rules", "multipliers"), Api.body("name", "Double XP weekend", "factor", 2,
                "startsAt", Instant.now().plus(Duration.ofDays(2)).toString(),
                "endsAt", Instant.now().plus(Duration.ofDays(4)).toString()));
        List<Map<String, Object>> rewards = List.of(
                Api.body("key", "sticker-pack", "name", "Sticker pack", "kind", "DIGITAL_PERK", "cost", 300,
                        "description", "A pack of custom server stickers"),
                Api.body("key", "vip-role", "name", "VIP role for 30 days", "kind", "DIGITAL_PERK", "cost", 800,
                        "fulfilment", Api.body("roleId", "900000000000000001", "roleDurationDays", 30,
                                "requiresApproval", false)),
                Api.body("key", "steam-10", "name", "Steam gift card €10", "kind", "DISCOUNT_CODE", "cost", 1500,
                        "perMemberLimit", 1, "eligibility", Api.body("minLevel", 3)),
                Api.body("key", "partner-course", "name", "50% off the Maker course", "kind", "PARTNER_OFFER",
                        "cost", 600, "fulfilment", Api.body("instructions", "Use your code at checkout.",
                                "requiresApproval", false)),
                Api.body("key", "hoodie", "name", "Northwind hoodie", "kind", "MERCH", "cost", 2500, "stock", 25),
                Api.body("key", "coffee-chat", "name", "Coffee chat with the team", "kind", "CUSTOM", "cost", 4000,
                        "stock", 5));
        int done = 0;
        for (Map<String, Object> reward : rewards) {
            Map<String, Object> body = new HashMap<>(reward);
            String key = (String) body.remove("key");
            body.putIfAbsent("visible", true);
            api.put(admin, path("rewards", key), body);
            progress.update(++done, rewards.size() + 1);
        }
        String codes = "code\n" + java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> "NW-" + Long.toString(Math.abs(random.nextLong()), 36).toUpperCase().substring(0, 8))
                .collect(Collectors.joining("\n"));
        api.postText(admin, path("rewards", "steam-10", "codes"), codes);
        progress.update(rewards.size() + 1, rewards.size() + 1);
    }

    private void publish(List<EventEnvelope<ActivityRecorded>> events) {
        progress.step("Publishing weeks of activity");
        try (EventStream stream = new EventStream(settings.bootstrap())) {
            int sent = 0;
            for (EventEnvelope<ActivityRecorded> event : events) {
                stream.publish(event);
                if (++sent % 200 == 0 || sent == events.size()) {
                    progress.update(sent, events.size());
                }
            }
            stream.flush();
        }
    }

    /** Waits until {@code group} has committed everything on {@code topics}, showing how much is left. */
    private void awaitConsumers(String group, Set<String> topics, String step) {
        progress.step(step);
        try (EventStream stream = new EventStream(settings.bootstrap())) {
            Instant deadline = Instant.now().plus(CATCH_UP);
            long firstLag = -1;
            while (Instant.now().isBefore(deadline)) {
                long lag = stream.lag(group, topics);
                firstLag = Math.max(firstLag, lag);
                progress.update(firstLag - lag, firstLag);
                if (lag == 0) {
                    return;
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException(group + " did not catch up within " + CATCH_UP
                    + ": is it running? (./engagehub status)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Members claim what they did; an admin approves most, rejects a few with a reason, leaves some waiting. */
    private int claimsAndReviews(List<String> members) {
        progress.step("Members claim, admins review");
        List<String[]> templates = List.of(new String[] {"wrote-blog-post", "https://blog.example/northwind-tips"},
                new String[] {"attended-live-event", null}, new String[] {"reported-a-bug", "https://issues.example/42"},
                new String[] {"shared-a-post", "https://social.example/p/123"},
                new String[] {"referred-a-member", null});
        int count = Math.min(40, members.size());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String member = members.get(random.nextInt(Math.min(members.size(), 120)));
            String[] template = templates.get(i % templates.size());
            try {
                JsonNode claim = api.post(tokens.token("member", settings.community(), member),
                        path("members", member, "submissions"), Api.body("templateKey", template[0],
                                "evidenceUrl", template[1], "evidenceText", template[1] == null
                                        ? "I was there and helped " + (1 + random.nextInt(5)) + " newcomers." : null));
                ids.add(claim.path("id").asText());
            } catch (Api.Refused duplicate) {
                // A member over a template's limit: members are told so too.
            }
            progress.update(i + 1, count * 2L);
        }
        for (int i = 0; i < ids.size(); i++) {
            if (i % 4 != 3) {
                boolean approve = i % 9 != 0;
                api.post(admin, path("submissions", ids.get(i), "review"), Api.body("decision",
                        approve ? "APPROVED" : "REJECTED", "reason", approve ? null : "Please add a link we can check."));
            }
            progress.update(count + i + 1L, count * 2L);
        }
        progress.update(count * 2L, count * 2L);
        return ids.size();
    }

    /** A redemption leaves REQUESTED once points-service has taken the points (or refused). */
    private void awaitDebit(String redemption) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)
                && "REQUESTED".equals(api.get(admin, path("redemptions", redemption)).path("status").asText())) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Members with enough points redeem; merch gets shipped, a custom reward waits for approval. */
    private int redemptions(List<String> members) {
        progress.step("Members redeem rewards");
        List<String> rich = new ArrayList<>();
        for (JsonNode entry : api.get(admin, path("leaderboards", "all") + "?limit=60").path("entries")) {
            rich.add(entry.path("memberId").asText());
        }
        String[] rewards = {"sticker-pack", "partner-course", "vip-role", "steam-10", "hoodie", "coffee-chat"};
        List<String> merch = new ArrayList<>();
        int made = 0;
        for (int i = 0; i < rich.size(); i++) {
            String member = rich.get(i);
            String reward = rewards[i % rewards.length];
            Map<String, Object> body = Api.body("rewardKey", reward, "roleIds", List.of(), "shipping",
                    reward.equals("hoodie") ? Api.body("name", member.replace('-', ' '), "line1", (10 + i) + " Harbour Road",
                            "city", "Hamburg", "postalCode", "20457", "country", "DE") : null);
            try {
                JsonNode redemption = api.post(tokens.token("member", settings.community(), member),
                        path("members", member, "redemptions"), body);
                made++;
                if (reward.equals("hoodie")) {
                    merch.add(redemption.path("id").asText());
                }
            } catch (Api.Refused refused) {
                // Not enough points or not eligible yet: the member would see why.
            }
            progress.update(i + 1, rich.size() + merch.size());
        }
        for (int i = 0; i < merch.size(); i++) {
            String id = merch.get(i);
            awaitDebit(id);
            try {
                if (i % 3 != 2) {
                    api.post(admin, path("redemptions", id, "approve"), null);
                }
                if (i % 3 == 0) {
                    api.post(admin, path("redemptions", id, "ship"), Api.body("shippingStatus",
                            "DHL 00340434" + (100000 + random.nextInt(899999))));
                }
            } catch (Api.Refused notYet) {
                // Still waiting for the points debit: it stays in the queue for the portal.
            }
            progress.update(rich.size() + i + 1L, rich.size() + merch.size());
        }
        return made;
    }
}
