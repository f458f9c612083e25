package dev.engagehub.tools.bench;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The design EngageHub is measured against, on the same records: each event in its own database transaction
 * (ledger row unique on the event id, balance upsert) followed by one Redis call, and ranks by SQL
 * {@code count(*)}. It even does less than the platform (no rules, no windows but all-time, no follow-ups).
 */
final class NaiveBaseline implements AutoCloseable {
    private final Connection db;
    private final Resp redis;

    NaiveBaseline(String serverUrl, String database, Resp redis) throws SQLException {
        try (Connection server = DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
             Statement create = server.createStatement()) {
            ResultSet exists = create.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!exists.next()) {
                create.execute("CREATE DATABASE " + database);
            }
        }
        this.db = DriverManager.getConnection(serverUrl + database, "postgres", "");
        this.redis = redis;
        try (Statement schema = db.createStatement()) {
            schema.execute("DROP TABLE IF EXISTS naive_ledger, naive_balances");
            schema.execute("""
                    CREATE TABLE naive_ledger (id bigserial PRIMARY KEY, event_id uuid NOT NULL UNIQUE,
                        community_id text NOT NULL, member_id text NOT NULL, points bigint NOT NULL)""");
            schema.execute("""
                    CREATE TABLE naive_balances (community_id text NOT NULL, member_id text NOT NULL,
                        xp bigint NOT NULL, PRIMARY KEY (community_id, member_id))""");
            schema.execute("CREATE INDEX ON naive_balances (community_id, xp)");
        }
        db.setAutoCommit(false);
    }

    /** Whether the server vacuums on its own: without it the platform's hot rows bloat from run to run. */
    boolean autovacuumOn() throws SQLException {
        try (Statement show = db.createStatement(); ResultSet setting = show.executeQuery("SHOW autovacuum")) {
            return setting.next() && "on".equals(setting.getString(1));
        } finally {
            db.rollback();
        }
    }

    /** Applies the records between the offsets, one at a time, for at most {@code budget}; events per second. */
    double consume(String bootstrap, Map<TopicPartition, Long> from, Map<TopicPartition, Long> to, Duration budget)
            throws SQLException {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer());
             PreparedStatement ledger = db.prepareStatement("""
                     INSERT INTO naive_ledger (event_id, community_id, member_id, points) VALUES (?, ?, ?, 1)
                     ON CONFLICT (event_id) DO NOTHING""");
             PreparedStatement balance = db.prepareStatement("""
                     INSERT INTO naive_balances (community_id, member_id, xp) VALUES (?, ?, 1)
                     ON CONFLICT (community_id, member_id) DO UPDATE SET xp = naive_balances.xp + 1""")) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long remaining = to.entrySet().stream().mapToLong(e -> e.getValue() - from.get(e.getKey())).sum();
            long done = 0;
            long started = System.nanoTime();
            long deadline = started + budget.toNanos();
            while (done < remaining && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() >= to.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    EventEnvelope<?> event = EventCodec.decode(record.value());
                    ledger.setObject(1, event.eventId());
                    ledger.setString(2, event.communityId());
                    ledger.setString(3, event.memberId());
                    ledger.executeUpdate();
                    balance.setString(1, event.communityId());
                    balance.setString(2, event.memberId());
                    balance.executeUpdate();
                    db.commit();
                    redis.call("ZINCRBY", "naive:{c" + event.communityId() + "}:all", "1", event.memberId());
                    if (++done == remaining || System.nanoTime() >= deadline) {
                        break;
                    }
                }
            }
            return done / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** Puts {@code members} balances into one community, for the rank comparison. */
    void seedBalances(String communityId, int members) throws SQLException {
        try (PreparedStatement seed = db.prepareStatement("""
                INSERT INTO naive_balances (community_id, member_id, xp)
                SELECT ?, 'm' || i, (i::bigint * 7919) % 1000003 FROM generate_series(0, ? - 1) AS i""")) {
            seed.setString(1, communityId);
            seed.setInt(2, members);
            seed.executeUpdate();
            db.commit();
        }
        try (Statement analyze = db.createStatement()) {
            analyze.execute("ANALYZE naive_balances");
        }
        db.commit();
    }

    /** A member's rank the SQL way, as fast as one connection allows for {@code duration}; queries per second. */
    double rankQueries(String communityId, int members, Duration duration) throws SQLException {
        Random random = new Random(7);
        try (PreparedStatement rank = db.prepareStatement("""
                SELECT count(*) + 1 FROM naive_balances
                WHERE community_id = ? AND xp > (SELECT xp FROM naive_balances WHERE community_id = ?
                                                  AND member_id = ?)""")) {
            long done = 0;
            long started = System.nanoTime();
            while (System.nanoTime() - started < duration.toNanos()) {
                rank.setString(1, communityId);
                rank.setString(2, communityId);
                rank.setString(3, "m" + random.nextInt(members));
                try (ResultSet result = rank.executeQuery()) {
                    result.next();
                }
                db.commit();
                done++;
            }
            return done / ((System.nanoTime() - started) / 1e9);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
