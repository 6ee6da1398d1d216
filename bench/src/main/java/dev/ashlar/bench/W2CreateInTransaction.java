package dev.ashlar.bench;

import dev.ashlar.bench.support.Item;
import dev.ashlar.bench.support.ItemData;
import dev.ashlar.bench.support.ItemSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
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
 * Workload 2: {@code txRows} single-row creates inside one transaction, the pure per-row overhead. One operation is the
 * whole transaction; the summary divides by {@code txRows}. The table is emptied before each operation (untimed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class W2CreateInTransaction extends BenchState {
    @Param("20000")
    public int txRows;

    private List<Item> items;
    private PreparedStatement insert;
    private CloseableQuery jooqInsert;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        openDatabase();
        items = ItemData.generate(txRows);
        insert = db.jdbc().prepareStatement(ItemSchema.INSERT);
        jooqInsert = JooqQueries.insert(db).keepStatement(true);
    }

    @Setup(Level.Invocation)
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
        Connection c = db.jdbc();
        c.setAutoCommit(false);
        int written = 0;
        for (Item item : items) {
            db.mapping().bind(insert, 0, item);
            written += insert.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
        return written;
    }

    @Benchmark
    public int jooq() throws SQLException {
        Connection c = db.jdbc();
        c.setAutoCommit(false);
        int written = 0;
        for (Item item : items) {
            written += JooqQueries.bindItem(jooqInsert, item).execute();
        }
        c.commit();
        c.setAutoCommit(true);
        return written;
    }

    @Benchmark
    public int jooqFresh() throws SQLException {
        Connection c = db.jdbc();
        c.setAutoCommit(false);
        int written = 0;
        for (Item item : items) {
            written += JooqQueries.freshInsert(db, item).execute();
        }
        c.commit();
        c.setAutoCommit(true);
        return written;
    }

    @Benchmark
    public int ashlar() {
        return db.ashlar().transaction(ItemSchema.REPO, () -> {
            int written = 0;
            for (Item item : items) {
                db.ashlar().create(ItemSchema.ITEM, item.toInput());
                written++;
            }
            return written;
        });
    }

    public List<Item> items() {
        return items;
    }
}
