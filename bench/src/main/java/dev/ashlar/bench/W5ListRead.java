package dev.ashlar.bench;

import dev.ashlar.bench.support.Item;
import dev.ashlar.bench.support.ItemData;
import dev.ashlar.bench.support.ItemSchema;
import dev.ashlar.bench.support.JooqItems;
import dev.ashlar.Query;
import dev.ashlar.row.Row;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
 * Workload 5: list read of all {@code listRows} rows of the table. One operation is the whole list; the summary
 * divides by {@code listRows}. J and Q map to {@link Item} records; A returns {@link Row}s ({@code ashlarRows}) or
 * maps them onto the same record with {@code Row.as} ({@code ashlarRecords}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class W5ListRead extends BenchState {
    private static final Query ALL = Query.of(ItemSchema.ITEM);

    @Param("10000")
    public int listRows;

    private List<Item> items;
    private PreparedStatement select;
    private CloseableResultQuery<Record8<UUID, UUID, String, String, String, BigDecimal, Instant, String>> jooqSelect;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        openDatabase();
        items = ItemData.generate(listRows);
        db.populate(items);
        select = db.jdbc().prepareStatement(ItemSchema.SELECT_ALL);
        JooqItems t = db.jooqItems();
        jooqSelect = db.jooq().select(t.id, t.tenantId, t.name, t.email, t.status, t.amount, t.createdAt, t.note)
                .from(t.table).keepStatement(true);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        select.close();
        jooqSelect.close();
        closeDatabase();
    }

    @Benchmark
    public List<Item> jdbc() throws SQLException {
        List<Item> out = new ArrayList<>(listRows);
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                out.add(db.mapping().read(rs));
            }
        }
        return out;
    }

    @Benchmark
    public List<Item> jooq() {
        return jooqSelect.fetch(db.jooqItems().mapper);
    }

    @Benchmark
    public List<Row> ashlarRows() {
        return db.ashlar().read(ALL);
    }

    @Benchmark
    public List<Item> ashlarRecords() {
        List<Row> rows = db.ashlar().read(ALL);
        List<Item> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(row.as(Item.class));
        }
        return out;
    }

    public List<Item> items() {
        return items;
    }
}
