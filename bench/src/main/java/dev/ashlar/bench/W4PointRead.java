package dev.ashlar.bench;

import static org.jooq.impl.DSL.val;

import dev.ashlar.bench.support.Item;
import dev.ashlar.bench.support.ItemData;
import dev.ashlar.bench.support.ItemSchema;
import dev.ashlar.bench.support.JooqItems;
import dev.ashlar.row.Row;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jooq.Record8;
import org.jooq.CloseableResultQuery;
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
 * Workload 4: point read by primary key in a table of {@code pointTableRows} rows, keys in a seeded random order.
 * One operation is one lookup, mapped to an {@link Item} (J, Q) or a {@link Row} (A).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W4PointRead extends BenchState {
    @Param("100000")
    public int pointTableRows;

    private List<Item> items;
    private UUID[] keys;
    private int next;
    private PreparedStatement select;
    private CloseableResultQuery<Record8<UUID, UUID, String, String, String, BigDecimal, Instant, String>> jooqSelect;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        openDatabase();
        items = ItemData.generate(pointTableRows);
        db.populate(items);
        keys = ItemData.shuffledIds(items).toArray(UUID[]::new);
        select = db.jdbc().prepareStatement(ItemSchema.SELECT_BY_ID);
        JooqItems t = db.jooqItems();
        jooqSelect = db.jooq().select(t.id, t.tenantId, t.name, t.email, t.status, t.amount, t.createdAt, t.note)
                .from(t.table).where(t.id.eq(val((UUID) null, t.id))).keepStatement(true);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        select.close();
        jooqSelect.close();
        closeDatabase();
    }

    private UUID nextKey() {
        UUID key = keys[next];
        next = next + 1 == keys.length ? 0 : next + 1;
        return key;
    }

    @Benchmark
    public Item jdbc() throws SQLException {
        db.mapping().bindId(select, 1, nextKey());
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? db.mapping().read(rs) : null;
        }
    }

    @Benchmark
    public Item jooq() {
        return jooqSelect.bind(1, nextKey()).fetchOne(db.jooqItems().mapper);
    }

    @Benchmark
    public Item jooqFresh() {
        JooqItems t = db.jooqItems();
        return db.jooq().select(t.id, t.tenantId, t.name, t.email, t.status, t.amount, t.createdAt, t.note)
                .from(t.table).where(t.id.eq(nextKey())).fetchOne(t.mapper);
    }

    @Benchmark
    public Row ashlar() {
        return db.ashlar().get(ItemSchema.ITEM, nextKey());
    }

    public List<Item> items() {
        return items;
    }

    /** The key the next operation looks up. */
    public UUID peekKey() {
        return keys[next];
    }
}
