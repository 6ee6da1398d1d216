package dev.ashlar.bench;

import dev.ashlar.bench.support.ItemData;
import dev.ashlar.bench.support.ItemSchema;
import dev.ashlar.bench.support.ItemStream;
import dev.ashlar.row.Row;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.jooq.CloseableQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Workload 1: single-row create, each in its own transaction. Sampled per row (p50 / p99 in the JSON).
 * J: one reused prepared statement in auto-commit mode. Q: one reused jOOQ insert ({@code keepStatement}) with
 * indexed binds ({@code jooq}), or the insert built per row ({@code jooqFresh}). A: {@code ashlar.create(ITEM, input)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W1SingleCreate extends BenchState {
    private ItemStream items;
    private PreparedStatement insert;
    private CloseableQuery jooqInsert;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        openDatabase();
        items = new ItemStream(ItemData.generate(10_000));
        insert = db.jdbc().prepareStatement(ItemSchema.INSERT);
        jooqInsert = JooqQueries.insert(db).keepStatement(true);
    }

    /** Keeps the table small and every iteration alike. */
    @Setup(Level.Iteration)
    public void emptyTable() {
        db.truncate();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        insert.close();
        jooqInsert.close();
        closeDatabase();
    }

    @Benchmark
    public int jdbc() throws SQLException {
        db.mapping().bind(insert, 0, items.next());
        return insert.executeUpdate();
    }

    @Benchmark
    public int jooq() {
        return JooqQueries.bindItem(jooqInsert, items.next()).execute();
    }

    @Benchmark
    public int jooqFresh() {
        return JooqQueries.freshInsert(db, items.next()).execute();
    }

    @Benchmark
    public Row ashlar() {
        return db.ashlar().create(ItemSchema.ITEM, items.next().toInput());
    }
}
