package dev.ashlar.bench;

import static org.jooq.impl.DSL.val;

import dev.ashlar.bench.support.Item;
import dev.ashlar.bench.support.ItemData;
import dev.ashlar.bench.support.ItemSchema;
import dev.ashlar.bench.support.JooqItems;
import dev.ashlar.row.Row;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jooq.CloseableQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Workload 6a: update by primary key (status and amount), each in its own transaction, in a table of
 * {@code updateTableRows} rows, keys in a seeded random order. J and Q run the {@code UPDATE} alone and check the count;
 * A runs the update action: changeset (casts, validations) and one {@code UPDATE ... RETURNING}, returning the
 * updated row (nothing reads the original, so the row is not loaded first).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W6UpdateByKey extends BenchState {
    private static final int CHANGES = 1024;

    @Param("10000")
    public int updateTableRows;

    private List<Item> items;
    private UUID[] keys;
    private String[] statuses;
    private BigDecimal[] amounts;
    private int next;
    private PreparedStatement update;
    private CloseableQuery jooqUpdate;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        openDatabase();
        items = ItemData.generate(updateTableRows);
        db.populate(items);
        keys = ItemData.shuffledIds(items).toArray(UUID[]::new);
        Random random = new Random(ItemData.SEED + 2);
        statuses = new String[CHANGES];
        amounts = new BigDecimal[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            statuses[i] = ItemData.STATUSES.get(random.nextInt(ItemData.STATUSES.size()));
            amounts[i] = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
        }
        update = db.jdbc().prepareStatement(ItemSchema.UPDATE_BY_ID);
        JooqItems t = db.jooqItems();
        jooqUpdate = db.jooq().update(t.table)
                .set(t.status, val((String) null, t.status))
                .set(t.amount, val((BigDecimal) null, t.amount))
                .where(t.id.eq(val((UUID) null, t.id))).keepStatement(true);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        update.close();
        jooqUpdate.close();
        closeDatabase();
    }

    private int advance() {
        int i = next;
        next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
        return i;
    }

    @Benchmark
    public int jdbc() throws SQLException {
        int i = advance();
        update.setString(1, statuses[i % CHANGES]);
        db.mapping().bindAmount(update, 2, amounts[i % CHANGES]);
        db.mapping().bindId(update, 3, keys[i % keys.length]);
        return expectOne(update.executeUpdate());
    }

    @Benchmark
    public int jooq() {
        int i = advance();
        return expectOne(jooqUpdate.bind(1, statuses[i % CHANGES]).bind(2, amounts[i % CHANGES])
                .bind(3, keys[i % keys.length]).execute());
    }

    @Benchmark
    public int jooqFresh() {
        int i = advance();
        JooqItems t = db.jooqItems();
        return expectOne(db.jooq().update(t.table).set(t.status, statuses[i % CHANGES])
                .set(t.amount, amounts[i % CHANGES]).where(t.id.eq(keys[i % keys.length])).execute());
    }

    @Benchmark
    public Row ashlar() {
        int i = advance();
        return db.ashlar().update(ItemSchema.ITEM, keys[i % keys.length],
                Map.of("status", statuses[i % CHANGES], "amount", amounts[i % CHANGES]));
    }

    private static int expectOne(int count) {
        if (count != 1) {
            throw new IllegalStateException("expected one updated row, got " + count);
        }
        return count;
    }

    public List<Item> items() {
        return items;
    }

    /** What operation {@code i} (0-based, counted from the trial's start) writes. */
    public Item expectedAfter(int i) {
        UUID key = keys[i % keys.length];
        Item original = items.stream().filter(it -> it.id().equals(key)).findFirst().orElseThrow();
        return original.withStatusAndAmount(statuses[i % CHANGES], amounts[i % CHANGES]);
    }
}
