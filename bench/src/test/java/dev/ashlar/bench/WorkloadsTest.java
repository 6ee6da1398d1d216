package dev.ashlar.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashlar.bench.support.BenchDatabase;
import dev.ashlar.bench.support.Item;
import dev.ashlar.bench.support.ItemData;
import dev.ashlar.bench.support.ItemStream;
import dev.ashlar.row.Row;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the benchmarks from rotting: runs every workload's variants once, with tiny sizes, through the very setup and
 * benchmark methods JMH calls, and checks what they wrote or read. Nothing here measures or asserts a speed.
 *
 * <p>PostgreSQL cases need the server at {@code ASHLAR_PG_URL}; without it they are skipped, except under
 * {@code CI=true}, where an unreachable server fails them.
 */
class WorkloadsTest {
    private static Optional<String> postgresUnavailable;

    @BeforeAll
    static void isolateSchema() {
        System.setProperty("ashlar.bench.schema", "ashlar_bench_test");
        postgresUnavailable = BenchDatabase.postgresUnavailable();
    }

    private static void require(String dialect) {
        if (dialect.equals("postgres") && postgresUnavailable.isPresent()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(postgresUnavailable.get());
            }
            assumeTrue(false, postgresUnavailable.get());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void singleCreate(String dialect) throws Exception {
        require(dialect);
        W1SingleCreate b = new W1SingleCreate();
        b.dialect = dialect;
        b.setUp();
        try {
            b.emptyTable();
            ItemStream expected = new ItemStream(ItemData.generate(10_000));
            assertThat(b.jdbc()).isEqualTo(1);
            assertThat(b.jooq()).isEqualTo(1);
            assertThat(b.jooqFresh()).isEqualTo(1);
            Row row = b.ashlar();
            List<Item> written = List.of(expected.next(), expected.next(), expected.next(), expected.next());
            assertThat(row.as(Item.class)).isEqualTo(written.get(3));
            assertThat(b.database().readAll().values()).containsExactlyInAnyOrderElementsOf(written);
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void createInTransaction(String dialect) throws Exception {
        require(dialect);
        W2CreateInTransaction b = new W2CreateInTransaction();
        b.dialect = dialect;
        b.txRows = 40;
        b.setUp();
        try {
            for (Variant<W2CreateInTransaction> variant : List.<Variant<W2CreateInTransaction>>of(
                    W2CreateInTransaction::jdbc, W2CreateInTransaction::jooq, W2CreateInTransaction::jooqFresh,
                    W2CreateInTransaction::ashlar)) {
                b.emptyTable();
                assertThat(variant.run(b)).isEqualTo(40);
                assertThat(b.database().readAll().values()).containsExactlyInAnyOrderElementsOf(b.items());
            }
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void bulkCreate(String dialect) throws Exception {
        require(dialect);
        W3BulkCreate b = new W3BulkCreate();
        b.dialect = dialect;
        b.bulkRows = 25;
        b.batchSize = 10; // 25 rows: two full batches and a partial one
        b.setUp();
        try {
            for (Variant<W3BulkCreate> variant : List.<Variant<W3BulkCreate>>of(W3BulkCreate::jdbc,
                    W3BulkCreate::jdbcBatchRewrite, W3BulkCreate::jdbcMultiRow, W3BulkCreate::jooq,
                    W3BulkCreate::ashlar)) {
                b.emptyTable();
                assertThat(variant.run(b)).isEqualTo(25);
                assertThat(b.database().readAll().values()).containsExactlyInAnyOrderElementsOf(b.items());
            }
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void pointRead(String dialect) throws Exception {
        require(dialect);
        W4PointRead b = new W4PointRead();
        b.dialect = dialect;
        b.pointTableRows = 20;
        b.setUp();
        try {
            Function<UUID, Item> byId = id -> b.items().stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow();
            Item expected = byId.apply(b.peekKey());
            assertThat(b.jdbc()).isEqualTo(expected);
            expected = byId.apply(b.peekKey());
            assertThat(b.jooq()).isEqualTo(expected);
            expected = byId.apply(b.peekKey());
            assertThat(b.jooqFresh()).isEqualTo(expected);
            expected = byId.apply(b.peekKey());
            assertThat(b.ashlar().as(Item.class)).isEqualTo(expected);
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void listRead(String dialect) throws Exception {
        require(dialect);
        W5ListRead b = new W5ListRead();
        b.dialect = dialect;
        b.listRows = 30;
        b.setUp();
        try {
            assertThat(b.jdbc()).containsExactlyInAnyOrderElementsOf(b.items());
            assertThat(b.jooq()).containsExactlyInAnyOrderElementsOf(b.items());
            assertThat(b.ashlarRecords()).containsExactlyInAnyOrderElementsOf(b.items());
            assertThat(b.ashlarRows()).extracting(r -> r.as(Item.class))
                    .containsExactlyInAnyOrderElementsOf(b.items());
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void updateByKey(String dialect) throws Exception {
        require(dialect);
        W6UpdateByKey b = new W6UpdateByKey();
        b.dialect = dialect;
        b.updateTableRows = 20;
        b.setUp();
        try {
            assertThat(b.jdbc()).isEqualTo(1);
            assertThat(b.jooq()).isEqualTo(1);
            assertThat(b.jooqFresh()).isEqualTo(1);
            Row row = b.ashlar();
            assertThat(row.as(Item.class)).isEqualTo(b.expectedAfter(3));
            var stored = b.database().readAll();
            for (int op = 0; op < 4; op++) {
                Item expected = b.expectedAfter(op);
                assertThat(stored.get(expected.id())).isEqualTo(expected);
            }
            assertThat(stored).hasSize(20);
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void destroyByKey(String dialect) throws Exception {
        require(dialect);
        W6DestroyByKey b = new W6DestroyByKey();
        b.dialect = dialect;
        b.destroyRows = 15;
        b.setUp();
        try {
            for (Variant<W6DestroyByKey> variant : List.<Variant<W6DestroyByKey>>of(W6DestroyByKey::jdbc,
                    W6DestroyByKey::jooq, W6DestroyByKey::jooqFresh, W6DestroyByKey::ashlar)) {
                b.refill();
                assertThat(b.database().count()).isEqualTo(15);
                assertThat(variant.run(b)).isEqualTo(15);
                assertThat(b.database().count()).isZero();
            }
        } finally {
            b.tearDown();
        }
    }

    /** One benchmark method of a workload. */
    @FunctionalInterface
    interface Variant<B> {
        int run(B benchmark) throws Exception;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void generate(String dialect) throws Exception {
        require(dialect);
        W8Generate b = new W8Generate();
        b.dialect = dialect;
        b.rows = 1_200;
        b.setUp();
        try {
            b.emptyTable();
            assertThat(b.jdbc()).isEqualTo(1_200);
            assertThat(b.count()).isEqualTo(1_200);
            b.emptyTable();
            assertThat(b.ashlar()).isEqualTo(1_200);
            assertThat(b.count()).isEqualTo(1_200);
        } finally {
            b.tearDown();
        }
    }
}
