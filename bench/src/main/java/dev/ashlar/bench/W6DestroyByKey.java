package dev.ashlar.bench;

import static org.jooq.impl.DSL.val;

import dev.ashlar.bench.support.Item;
import dev.ashlar.bench.support.ItemData;
import dev.ashlar.bench.support.ItemSchema;
import dev.ashlar.bench.support.JooqItems;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
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
 * Workload 6b: destroy by primary key, each in its own transaction. One operation destroys all {@code destroyRows}
 * rows one by one in a seeded random order (the table is refilled before each operation, untimed); the summary
 * divides by {@code destroyRows}. J and Q run the {@code DELETE} alone; A runs the destroy action (changeset,
 * then one {@code DELETE ... RETURNING} giving back the row as it was; nothing reads the original, so no load).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class W6DestroyByKey extends BenchState {
    @Param("10000")
    public int destroyRows;

    private List<Item> items;
    private UUID[] keys;
    private PreparedStatement delete;
    private CloseableQuery jooqDelete;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        openDatabase();
        items = ItemData.generate(destroyRows);
        keys = ItemData.shuffledIds(items).toArray(UUID[]::new);
        delete = db.jdbc().prepareStatement(ItemSchema.DELETE_BY_ID);
        JooqItems t = db.jooqItems();
        jooqDelete = db.jooq().deleteFrom(t.table).where(t.id.eq(val((UUID) null, t.id))).keepStatement(true);
    }

    @Setup(Level.Invocation)
    public void refill() {
        db.truncate();
        db.populate(items);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        delete.close();
        jooqDelete.close();
        closeDatabase();
    }

    @Benchmark
    public int jdbc() throws SQLException {
        int deleted = 0;
        for (UUID key : keys) {
            db.mapping().bindId(delete, 1, key);
            deleted += delete.executeUpdate();
        }
        return deleted;
    }

    @Benchmark
    public int jooq() {
        int deleted = 0;
        for (UUID key : keys) {
            deleted += jooqDelete.bind(1, key).execute();
        }
        return deleted;
    }

    @Benchmark
    public int jooqFresh() {
        JooqItems t = db.jooqItems();
        int deleted = 0;
        for (UUID key : keys) {
            deleted += db.jooq().deleteFrom(t.table).where(t.id.eq(key)).execute();
        }
        return deleted;
    }

    @Benchmark
    public int ashlar() {
        int deleted = 0;
        for (UUID key : keys) {
            db.ashlar().destroy(ItemSchema.ITEM, key);
            deleted++;
        }
        return deleted;
    }
}
