package dev.engagehub.points.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engagehub.kit.db.ArraySql;
import dev.engagehub.kit.db.SqlValues;
import dev.engagehub.kit.outbox.OutboxRecord;
import dev.engagehub.testkit.KafkaBrokerResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Column-array statements against the real PostgreSQL, in a scratch table of the points database. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ArraySqlTest {
    private static final String INSERT = """
            INSERT INTO array_sql_test (position, label, id, at, day, amount)
            SELECT * FROM unnest(?::int4[], ?::text[], ?::uuid[], ?::timestamptz[], ?::date[], ?::int8[])""";

    @Inject
    EntityManager db;

    @Test
    void shouldStoreEveryAwkwardTextExactlyAsGiven() {
        // Given texts that break naive array literals or SQL
        String[] labels = {null, "", "NULL", "null", "a\"quote", "{braces}", "back\\slash", "comma,separated",
            "  spaced  ", "emoji 🎉 ünïcödé", "'); DROP TABLE ledger_entries; --", "tab\tand\nnewline"};

        // When
        List<Object[]> rows = inScratchTable(() -> {
            ArraySql.update(db, INSERT, IntStream.range(0, labels.length).toArray(), labels,
                    new UUID[labels.length], new Instant[labels.length], new LocalDate[labels.length],
                    new long[labels.length]);
            return ArraySql.rows(db, "SELECT label FROM array_sql_test ORDER BY position");
        });

        // Then
        assertThat(rows.stream().map(row -> (String) row[0])).containsExactly(labels);
    }

    @Test
    void shouldRoundTripTypedColumnsAndRunOneStatementForOneOrTenThousandRows() {
        for (int size : new int[] {1, 10_000}) {
            // Given
            int[] positions = IntStream.range(0, size).toArray();
            UUID[] ids = IntStream.range(0, size).mapToObj(i -> UUID.randomUUID()).toArray(UUID[]::new);
            Instant[] times = IntStream.range(0, size)
                    .mapToObj(i -> Instant.parse("2026-03-29T00:59:59.999999Z").plusMillis(i)).toArray(Instant[]::new);
            LocalDate[] days = IntStream.range(0, size)
                    .mapToObj(i -> LocalDate.of(2024, 2, 29).plusDays(i)).toArray(LocalDate[]::new);
            long[] amounts = IntStream.range(0, size).mapToLong(i -> Long.MAX_VALUE - i).toArray();

            // When
            List<Object[]> rows = inScratchTable(() -> {
                int inserted = ArraySql.update(db, INSERT, positions, new String[size], ids, times, days, amounts);
                assertThat(inserted).isEqualTo(size);
                return ArraySql.rows(db, """
                        SELECT id, at, day, amount FROM array_sql_test
                        WHERE position = ANY(?) ORDER BY position""", (Object) positions);
            });

            // Then
            assertThat(rows).hasSize(size);
            assertThat(rows.stream().map(row -> (UUID) row[0])).containsExactly(ids);
            assertThat(rows.stream().map(row -> SqlValues.instant(row[1]))).containsExactly(times);
            assertThat(rows.stream().map(row -> SqlValues.localDate(row[2]))).containsExactly(days);
            assertThat(rows.stream().mapToLong(row -> SqlValues.number(row[3])).toArray()).containsExactly(amounts);
        }
    }

    @Test
    void shouldBindScalarsAlongsideArrays() {
        // Given
        List<Object[]> rows = inScratchTable(() -> {
            ArraySql.update(db, INSERT, new int[] {1, 2}, new String[] {"kept", "dropped"}, new UUID[2],
                    new Instant[2], new LocalDate[2], new long[] {5, 6});

            // When a scalar instant and an array filter one delete
            int deleted = ArraySql.update(db, "DELETE FROM array_sql_test WHERE label = ANY(?) AND ? > now()",
                    new String[] {"dropped"}, Instant.now().plusSeconds(60));
            assertThat(deleted).isEqualTo(1);
            return ArraySql.rows(db, "SELECT label, amount FROM array_sql_test");
        });

        // Then
        assertThat(rows).hasSize(1);
        assertThat(Arrays.asList(rows.get(0))).containsExactly("kept", 5L);
    }

    @Test
    void shouldSeeTheEntitiesTheTransactionPersistedButHasNotFlushed() throws Exception {
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.begin();
        try {
            // Given an entity persisted in this transaction, still only in the session
            OutboxRecord record = new OutboxRecord();
            record.eventId = eventId;
            record.topic = "array-sql-test";
            record.recordKey = "key";
            record.eventType = "Test";
            record.payload = "{}";
            record.createdAt = Instant.now();
            db.persist(record);

            // When
            List<Object[]> rows = ArraySql.rows(db, "SELECT count(*) FROM outbox WHERE event_id = ANY(?::uuid[])",
                    (Object) new UUID[] {eventId});

            // Then
            assertThat(SqlValues.number(rows.get(0)[0])).isEqualTo(1);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private List<Object[]> inScratchTable(java.util.function.Supplier<List<Object[]>> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ArraySql.update(db, """
                    CREATE TEMPORARY TABLE array_sql_test (position int4, label text, id uuid, at timestamptz,
                                                           day date, amount int8) ON COMMIT DROP""");
            return work.get();
        });
    }
}
