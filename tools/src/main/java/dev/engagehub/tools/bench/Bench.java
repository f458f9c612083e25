package dev.engagehub.tools.bench;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.Topics;
import dev.engagehub.tools.Api;
import dev.engagehub.tools.DevTokens;
import dev.engagehub.tools.EventStream;
import dev.engagehub.tools.Progress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code ./engagehub bench}: measures the running platform and, on the same records, a naive design, and prints
 * one table. Everything goes through the real surfaces (the activity topic, the public API); Redis is read
 * directly only to see when an event reached the boards, and written directly only to give one community a
 * million members for the read test (Redis is a projection, so that is what a big community looks like there).
 */
public final class Bench {
    private final Settings settings;
    private final Api api;
    private final DevTokens tokens;
    private final Progress progress;
    private final String community;
    private final String admin;
    private final Map<String, String> results = new LinkedHashMap<>();

    record Settings(String gateway, String bootstrap, String redisHost, int redisPort, String postgresUrl,
                    Path privateKey, String issuer, Path pidsDir, int events, int members, int rate,
                    int seconds, int boardMembers, int redemptions, int stock, int spreadRedemptions,
                    int warmup) {
        static Settings parse(String[] args) {
            Map<String, String> options = new HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return new Settings(options.getOrDefault("gateway", "http://127.0.0.1:8080"),
                    options.getOrDefault("bootstrap", "127.0.0.1:9092"),
                    options.getOrDefault("redis-host", "127.0.0.1"),
                    Integer.parseInt(options.getOrDefault("redis-port", "6379")),
                    options.getOrDefault("postgres", "jdbc:postgresql://127.0.0.1:5432/"),
                    Path.of(options.getOrDefault("private-key", ".engagehub/jwt/private.pem")),
                    options.getOrDefault("issuer", "https://engagehub.local"),
                    Path.of(options.getOrDefault("pids", ".engagehub/pids")),
                    Integer.parseInt(options.getOrDefault("events", "50000")),
                    Integer.parseInt(options.getOrDefault("members", "10000")),
                    Integer.parseInt(options.getOrDefault("rate", "0")),
                    Integer.parseInt(options.getOrDefault("seconds", "10")),
                    Integer.parseInt(options.getOrDefault("board-members", "1000000")),
                    Integer.parseInt(options.getOrDefault("redemptions", "1000")),
                    Integer.parseInt(options.getOrDefault("stock", "100")),
                    Integer.parseInt(options.getOrDefault("spread-redemptions", "5000")),
                    Integer.parseInt(options.getOrDefault("warmup", "20000")));
        }
    }

    Bench(Settings settings, Progress progress) throws Exception {
        this.settings = settings;
        this.api = new Api(settings.gateway());
        this.tokens = new DevTokens(settings.privateKey(), settings.issuer());
        this.progress = progress;
        this.community = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        this.admin = tokens.token("admin", community, "bench-admin");
    }

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(Settings.parse(args), new Progress(System.out, System.console() != null));
        int status = 0;
        try {
            bench.run();
        } catch (IllegalStateException e) {
            bench.progress.finishLine();
            System.err.println("bench: " + e.getMessage());
            status = 1;
        } catch (Exception e) {
            bench.progress.finishLine();
            e.printStackTrace();
            status = 1;
        }
        // Clients of a failed phase may still be waiting for answers: they must not keep the bench alive.
        System.exit(status);
    }

    void run() throws Exception {
        setUpCommunity(community);
        try (EventStream stream = new EventStream(settings.bootstrap());
             Resp redis = new Resp(settings.redisHost(), settings.redisPort());
             NaiveBaseline naive = new NaiveBaseline(settings.postgresUrl(), "engagehub_bench", redis)) {
            if (!naive.autovacuumOn()) {
                System.out.println("warning: PostgreSQL's autovacuum is off: the rows every batch rewrites keep their "
                        + "dead versions and the figures fall from run to run (ALTER SYSTEM SET autovacuum = on)");
            }
            warmUp(stream, redis);
            awaitIdle(stream);
            Map<TopicPartition, Long> before = stream.endOffsets(Topics.ACTIVITY.name());
            CpuMeter cpu = new CpuMeter(settings.pidsDir());
            Map<String, Long> cpuBefore = cpu.sample();
            double ours = throughput(stream, redis);
            Map<TopicPartition, Long> after = stream.endOffsets(Topics.ACTIVITY.name());
            awaitIdle(stream);
            cpuCost(CpuMeter.millisPer(cpuBefore, cpu.sample(), settings.events() / 1000.0));
            progress.step("Naive baseline on the same records");
            double baseline = naive.consume(settings.bootstrap(), before, after, Duration.ofSeconds(30));
            results.put("naive: events/s, one transaction + one Redis call each", format(baseline));
            latency(stream, redis, ours);
            awaitIdle(stream);
            leaderboardReads(redis, naive);
            redemptions();
            memory();
            progress.finishLine();
            print();
            System.out.printf("events/s ratio vs naive: %.1f%n", ours / baseline);
        }
    }

    /** Every phase starts on an idle platform: all consumer groups caught up (analytics included). */
    private void awaitIdle(EventStream stream) throws InterruptedException {
        progress.step("Waiting until every consumer has caught up");
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long first = -1;
        for (long lag = stream.totalLag(); lag > 0; lag = stream.totalLag()) {
            first = Math.max(first, lag);
            progress.update(first - lag, first);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the platform did not catch up within 10 minutes (" + lag + " left)");
            }
            Thread.sleep(500);
        }
    }

    private void setUpCommunity(String id) {
        String token = tokens.token("admin", id, "bench-admin");
        api.put(token, "/api/v1/communities/" + id, Api.body("name", "Bench " + id, "timeZone", "UTC"));
        // One point per event, no cooldown or cap, so every event reaches the ledger and every board.
        api.put(token, "/api/v1/communities/" + id + "/rules/actions/bench", Api.body("minPoints", 1,
                "maxPoints", 1, "cooldownSeconds", 0, "enabled", true));
    }

    /**
     * Unmeasured events through the whole pipeline first, in a community of their own: the services' JIT has
     * compiled the hot paths before the clock runs, so the table shows the steady state, not the warm-up.
     */
    private void warmUp(EventStream stream, Resp redis) throws InterruptedException {
        if (settings.warmup() <= 0) {
            return;
        }
        String warm = community + "-warm";
        progress.step("Warm-up: " + String.format("%,d", settings.warmup()) + " unmeasured events");
        setUpCommunity(warm);
        for (int i = 0; i < settings.warmup(); i++) {
            stream.publish(event(warm, "m" + (i % settings.members())));
        }
        stream.flush();
        awaitBoards(redis, warm, settings.warmup(), Duration.ofMinutes(10));
    }

    /** Sustained rate: every event through the ledger and onto all four windows' boards. */
    private double throughput(EventStream stream, Resp redis) throws InterruptedException {
        progress.step("Pipeline: " + String.format("%,d", settings.events()) + " events to ledger and boards");
        // Encoded before the clock starts: the bench shares the CPUs with the platform it measures.
        List<ProducerRecord<String, String>> records = new ArrayList<>(settings.events());
        for (int i = 0; i < settings.events(); i++) {
            records.add(EventStream.record(event(community, "m" + (i % settings.members()))));
        }
        long started = System.nanoTime();
        records.forEach(stream::send);
        stream.flush();
        awaitBoards(redis, community, settings.events(), Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = settings.events() / seconds;
        results.put("events/s to ledger + day/week/month/all boards", format(rate));
        return rate;
    }

    /**
     * What the pipeline run cost, until every consumer (analytics too) had caught up: CPU per 1,000 events, in all
     * and by process. Steadier than events/s on a machine that other work shares, so versions are compared on it.
     */
    private void cpuCost(Map<String, Double> millisPerThousand) {
        double total = millisPerThousand.entrySet().stream().filter(cost -> !cost.getKey().equals("bench itself"))
                .mapToDouble(Map.Entry::getValue).sum();
        results.put("CPU ms per 1,000 events, platform in all", format(total));
        millisPerThousand.forEach((name, millis) -> results.put("  CPU ms per 1,000 events: " + name, format(millis)));
    }

    private EventEnvelope<ActivityRecorded> event(String communityId, String member) {
        return EventEnvelope.of(communityId, member, "bench", ActivityRecorded.of("bench"));
    }

    /** Waits until every window's board of the community adds up to {@code expected} points. */
    private void awaitBoards(Resp redis, String communityId, long expected, Duration limit)
            throws InterruptedException {
        // The least total over the community's boards: one per window once the first event landed.
        String least = """
                local boards = redis.call('SMEMBERS', KEYS[1])
                if #boards < tonumber(ARGV[1]) then return 0 end
                local least = -1
                for _, key in ipairs(boards) do
                  local scores = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
                  local sum = 0
                  for i = 2, #scores, 2 do sum = sum + tonumber(scores[i]) end
                  if least < 0 or sum < least then least = sum end
                end
                return least""";
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            long reached = (Long) redis.call("EVAL", least, "1", Boards.registry(communityId), "4");
            progress.update(reached, expected);
            if (reached >= expected) {
                return;
            }
            // Summing the boards costs Redis time the pipeline needs: a few looks a second are precise enough.
            Thread.sleep(200);
        }
        throw new IllegalStateException("the boards did not reach " + expected + " points within " + limit);
    }

    /** Event → visible on the boards, at a fixed rate, from the members of the throughput run. */
    private void latency(EventStream stream, Resp redis, double sustained) throws Exception {
        int rate = settings.rate() > 0 ? settings.rate() : (int) Math.max(100, Math.min(10_000, sustained / 2));
        int count = rate * settings.seconds();
        progress.step("Latency at " + String.format("%,d", rate) + " events/s for " + settings.seconds() + " s");
        String board = Boards.allTime(community);
        // Existing members, as most real traffic is: event i is seen once its member's score reaches what it
        // was before the phase plus that member's events so far.
        int members = settings.members();
        List<String> before = new ArrayList<>(List.of("ZMSCORE", board));
        for (int m = 0; m < members; m++) {
            before.add("m" + m);
        }
        List<?> baseScores = (List<?>) redis.call(before.toArray(String[]::new));
        long[] expected = new long[count];
        for (int i = 0; i < count; i++) {
            Object base = baseScores.get(i % members);
            expected[i] = (base == null ? 0 : (long) Double.parseDouble((String) base)) + i / members + 1;
        }
        long[] sentAt = new long[count];
        long[] micros = new long[count];
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger seen = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<Integer> pending = new ConcurrentLinkedQueue<>();
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<?> watching = watcher.submit(() -> {
            try (Resp reader = new Resp(settings.redisHost(), settings.redisPort())) {
                List<Integer> waiting = new ArrayList<>();
                while (!done.get() || !waiting.isEmpty() || !pending.isEmpty()) {
                    for (Integer next; (next = pending.poll()) != null; ) {
                        waiting.add(next);
                    }
                    if (waiting.isEmpty()) {
                        Thread.sleep(1);
                        continue;
                    }
                    List<String> command = new ArrayList<>(List.of("ZMSCORE", board));
                    waiting.forEach(i -> command.add("m" + (i % members)));
                    List<?> scores = (List<?>) reader.call(command.toArray(String[]::new));
                    long now = System.nanoTime();
                    List<Integer> still = new ArrayList<>();
                    for (int j = 0; j < waiting.size(); j++) {
                        int i = waiting.get(j);
                        Object score = scores.get(j);
                        if (score != null && (long) Double.parseDouble((String) score) >= expected[i]) {
                            micros[seen.getAndIncrement()] = (now - sentAt[i]) / 1000;
                        } else {
                            still.add(i);
                        }
                    }
                    waiting = still;
                    // A millisecond's resolution, without keeping Redis busy for the pipeline under test.
                    Thread.sleep(1);
                    if (done.get() && System.nanoTime() - sentAt[count - 1] > Duration.ofSeconds(60).toNanos()) {
                        return null;
                    }
                }
            }
            return null;
        });
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = started + (long) (i * 1e9 / rate);
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            sentAt[i] = System.nanoTime();
            stream.publish(event(community, "m" + (i % members)));
            pending.add(i);
            sent.incrementAndGet();
            if (i % rate == 0) {
                progress.update(i, count);
            }
        }
        stream.flush();
        done.set(true);
        watching.get();
        watcher.shutdown();
        Percentiles p = Percentiles.of(micros, seen.get());
        results.put("latency at " + String.format("%,d", rate) + "/s: p50 / p99 / max (ms)",
                String.format("%.1f / %.1f / %.1f%s", p.p50Millis(), p.p99Millis(), p.maxMillis(),
                        p.count() < count ? " (" + (count - p.count()) + " not seen)" : ""));
    }

    /** Top-10 and a member's rank through api-gateway, on a board of a million members. */
    private void leaderboardReads(Resp redis, NaiveBaseline naive) throws Exception {
        String big = community + "-lb";
        progress.step("Leaderboard of " + String.format("%,d", settings.boardMembers()) + " members");
        setUpCommunity(big);
        String board = Boards.allTime(big);
        int batch = 1000;
        for (int from = 0; from < settings.boardMembers(); from += batch) {
            List<String> command = new ArrayList<>(List.of("ZADD", board));
            for (int i = from; i < Math.min(from + batch, settings.boardMembers()); i++) {
                command.add(String.valueOf((i * 7919L) % 1_000_003));
                command.add("m" + i);
            }
            redis.send(command.toArray(String[]::new));
            if ((from / batch) % 50 == 49) {
                redis.replies(50);
                progress.update(from + batch, settings.boardMembers());
            }
        }
        int queued = (int) Math.ceil(settings.boardMembers() / (double) batch) % 50;
        redis.replies(queued);
        naive.seedBalances(big, settings.boardMembers());

        // Members read their own boards: one token each, so the gateway's per-member rate limit applies as it would.
        List<String> readers = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            readers.add(tokens.token("member", big, "m" + i));
        }
        // Unmeasured first: otherwise the figure is mostly the JIT compiling the read path, in every JVM involved.
        progress.step("Warm-up: reads through api-gateway for " + settings.seconds() + " s");
        readBoards(big, readers);
        progress.step("Reads through api-gateway for " + settings.seconds() + " s");
        BoardReads reads = readBoards(big, readers);
        Percentiles p = Percentiles.of(reads.micros(), reads.micros().length);
        results.put("board reads (top-10, rank) via gateway: req/s", format(reads.micros().length / reads.seconds())
                + (reads.failures() > 0 ? " (" + reads.failures() + " failed)" : ""));
        results.put("board reads: p50 / p99 (ms)", String.format("%.1f / %.1f", p.p50Millis(), p.p99Millis()));
        progress.step("Naive ranks: SQL count(*) on " + String.format("%,d", settings.boardMembers()) + " rows");
        results.put("naive: rank queries/s, SQL count(*)",
                format(naive.rankQueries(big, settings.boardMembers(), Duration.ofSeconds(5))));
    }

    private record BoardReads(long[] micros, double seconds, int failures) {
    }

    /** 16 clients read the top 10, then their own rank, each as a random member, for {@code --seconds}. */
    private BoardReads readBoards(String community, List<String> readers) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int threads = 16;
        long[][] micros = new long[threads][2_000_000];
        int[] counts = new int[threads];
        AtomicInteger failures = new AtomicInteger();
        long until = System.nanoTime() + Duration.ofSeconds(settings.seconds()).toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(clients.submit(() -> {
                String base = settings.gateway() + "/api/v1/communities/" + community + "/leaderboards/all";
                while (System.nanoTime() < until && counts[thread] < micros[thread].length - 2) {
                    int reader = ThreadLocalRandom.current().nextInt(readers.size());
                    for (String url : List.of(base + "?limit=10", base + "/members/m" + reader)) {
                        long start = System.nanoTime();
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + readers.get(reader)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        micros[thread][counts[thread]++] = (System.nanoTime() - start) / 1000;
                    }
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        for (Future<?> client : running) {
            client.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(micros[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        return new BoardReads(all, seconds, failures.get());
    }

    /**
     * Members of the throughput run redeem at once, through the API: first a rush on one reward with few units
     * (fulfilled must equal the stock, never more, and no balance may go below zero), then requests spread over
     * many rewards with ample stock (how many the platform takes a second, and until all are settled).
     */
    private void redemptions() throws Exception {
        String path = "/api/v1/communities/" + community;
        int rush = Math.min(settings.redemptions(), settings.members());
        progress.step(String.format("%,d members redeem %d units at once", rush, settings.stock()));
        api.put(admin, path + "/rewards/bench-perk", Api.body("name", "Bench perk", "kind", "DIGITAL_PERK",
                "cost", 1, "stock", settings.stock(), "visible", true));
        List<String> rushers = new ArrayList<>();
        for (int i = 0; i < rush; i++) {
            rushers.add("m" + i);
        }
        Redeemed rushed = redeemAtOnce(path, rushers, i -> "bench-perk", 64);
        awaitSettled(path, Duration.ofSeconds(60));
        int fulfilled = api.get(admin, path + "/redemptions?status=FULFILLED&limit=1000").size();
        long available = api.get(admin, path + "/rewards/bench-perk").path("available").asLong();
        long negative = rushers.stream().filter(member ->
                api.get(admin, path + "/members/" + member + "/points").path("balance").asLong() < 0).count();
        boolean oversold = fulfilled > settings.stock() || available < 0 || fulfilled + available != settings.stock();
        results.put("redemption rush: fulfilled / refused / stock left", fulfilled + " / " + rushed.refused() + " / "
                + available + (oversold ? "  OVERSOLD" : "  (no oversell)")
                + (negative > 0 ? "  " + negative + " NEGATIVE BALANCES" : "") + retries(rushed));
        spreadRedemptions(path);
    }

    /** Redemptions spread over many rewards with ample stock: accepted per second, and settled per second. */
    private void spreadRedemptions(String path) throws Exception {
        int spread = Math.min(settings.spreadRedemptions(), settings.members());
        int rewards = 20;
        progress.step(String.format("%,d redemptions spread over %d rewards", spread, rewards));
        for (int r = 0; r < rewards; r++) {
            api.put(admin, path + "/rewards/bench-spread-" + r, Api.body("name", "Bench spread " + r,
                    "kind", "DIGITAL_PERK", "cost", 1, "stock", spread, "visible", true));
        }
        List<String> members = new ArrayList<>();
        for (int i = 0; i < spread; i++) {
            members.add("m" + (settings.members() - 1 - i));
        }
        long started = System.nanoTime();
        Redeemed accepted = redeemAtOnce(path, members, i -> "bench-spread-" + (i % rewards), 64);
        double answered = (System.nanoTime() - started) / 1e9;
        awaitSettled(path, Duration.ofSeconds(120));
        double settled = (System.nanoTime() - started) / 1e9;
        int rejected = api.get(admin, path + "/redemptions?status=REJECTED&limit=1000").size();
        results.put("redemptions spread over " + rewards + " rewards: accepted/s", format(accepted.accepted() / answered)
                + (accepted.refused() > 0 ? " (" + accepted.refused() + " refused)" : "") + retries(accepted));
        results.put("redemptions spread: settled/s (debited and fulfilled)", format((accepted.accepted() - rejected)
                / settled) + (rejected > 0 ? " (" + rejected + " rejected)" : ""));
    }

    private record Redeemed(int accepted, int refused, int retried) {
    }

    /**
     * Each member asks once, {@code clients} at a time (tokens signed before); 409s (sold out) are counted, and a
     * 503 is asked again with the same idempotency key, as the API tells clients to.
     */
    private Redeemed redeemAtOnce(String path, List<String> members, IntFunction<String> reward, int clients)
            throws Exception {
        List<String> signed = members.stream().map(member -> tokens.token("member", community, member)).toList();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            int at = i;
            requests.add(senders.submit(() -> {
                String key = UUID.randomUUID().toString();
                for (int attempt = 1; ; attempt++) {
                    try {
                        api.post(signed.get(at), path + "/members/" + members.get(at) + "/redemptions",
                                Api.body("rewardKey", reward.apply(at)), key);
                        accepted.incrementAndGet();
                        return null;
                    } catch (Api.Refused refusal) {
                        if (refusal.status == 409) {
                            refused.incrementAndGet();
                            return null;
                        }
                        if (refusal.status != 503 || attempt == 5) {
                            throw refusal;
                        }
                        retried.incrementAndGet();
                        Thread.sleep(200L * attempt);
                    }
                }
            }));
        }
        for (int i = 0; i < requests.size(); i++) {
            requests.get(i).get();
            progress.update(i + 1, requests.size());
        }
        senders.shutdown();
        return new Redeemed(accepted.get(), refused.get(), retried.get());
    }

    private static String retries(Redeemed redeemed) {
        return redeemed.retried() > 0 ? "  (" + redeemed.retried() + " asked again after a 503)" : "";
    }

    /** Until no redemption of the community waits for its debit. */
    private void awaitSettled(String path, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (api.get(admin, path + "/redemptions?status=REQUESTED&limit=1").isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("redemptions were still waiting for their debit after " + limit);
    }

    /** Resident memory of each running process of the platform. */
    private void memory() throws Exception {
        if (!Files.isDirectory(settings.pidsDir())) {
            return;
        }
        try (var pids = Files.list(settings.pidsDir())) {
            for (Path pidFile : pids.sorted().toList()) {
                String name = pidFile.getFileName().toString().replace(".pid", "");
                Path status = Path.of("/proc", Files.readString(pidFile).trim(), "status");
                if (Files.exists(status)) {
                    Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:")).findFirst()
                            .ifPresent(line -> results.put("RSS " + name + " (MiB)",
                                    format(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0)));
                }
            }
        }
    }

    private void print() {
        int width = results.keySet().stream().mapToInt(String::length).max().orElse(10);
        System.out.println();
        System.out.printf("%-" + width + "s  %s%n", "measure (" + community + ")", "value");
        System.out.println("-".repeat(width + 20));
        results.forEach((name, value) -> System.out.printf("%-" + width + "s  %s%n", name, value));
    }

    private static String format(double value) {
        return String.format("%,.0f", value);
    }

    /** Board keys as points-service writes them (ARCHITECTURE.md: {@code lb:{c<community>}:<window>:<period>}). */
    static final class Boards {
        private Boards() {
        }

        static String allTime(String communityId) {
            return "lb:{c" + communityId + "}:all:all";
        }

        /** The set of every board key written for the community. */
        static String registry(String communityId) {
            return "lb:{c" + communityId + "}:boards";
        }
    }
}
