package dev.ashlar.bench;

import dev.ashlar.action.BulkOptions;
import dev.ashlar.bench.support.BenchDialect;
import dev.ashlar.bench.support.Item;
import dev.ashlar.bench.support.ItemData;
import dev.ashlar.bench.support.ItemSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.BatchBindStep;
import org.jooq.Query;
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
 * Workload 3: bulk create of {@code bulkRows} rows in batches of {@code batchSize}, in one transaction. One operation is
 * the whole load; the summary divides by {@code bulkRows}. Raw JDBC has three variants and the best one is the baseline:
 * <ul>
 *   <li>{@code jdbc}: PostgreSQL plain {@code addBatch}/{@code executeBatch}; SQLite a prepared loop.</li>
 *   <li>{@code jdbcBatchRewrite}: PostgreSQL batch on a connection with {@code reWriteBatchedInserts=true};
 *       SQLite the driver's {@code executeBatch}.</li>
 *   <li>{@code jdbcMultiRow}: one reused multi-row {@code VALUES} statement per batch.</li>
 * </ul>
 * Q: {@code batch(insert).bind(...)} per batch. A: {@code bulkCreate} with atomic batches (every row through the
 * create action's changeset: accept list, casts, required checks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class W3BulkCreate extends BenchState {
    @Param("100000")
    public int bulkRows;

    @Param("1000")
    public int batchSize;

    private List<Item> items;
    private PreparedStatement insert;
    private PreparedStatement batchInsert;
    private PreparedStatement multiRow;
    private Query jooqInsert;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        openDatabase();
        items = ItemData.generate(bulkRows);
        insert = db.jdbc().prepareStatement(ItemSchema.INSERT);
        Connection batchConnection = db.dialect() == BenchDialect.POSTGRES
                ? db.connect(Map.of("reWriteBatchedInserts", "true")) : db.jdbc();
        batchInsert = batchConnection.prepareStatement(ItemSchema.INSERT);
        multiRow = db.jdbc().prepareStatement(ItemSchema.multiRowInsert(batchSize));
        jooqInsert = JooqQueries.insert(db);
    }

    @Setup(Level.Invocation)
    public void emptyTable() {
        db.truncate();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        insert.close();
        batchInsert.close();
        multiRow.close();
        closeDatabase();
    }

    @Benchmark
    public int jdbc() throws SQLException {
        return db.dialect() == BenchDialect.POSTGRES ? batch(insert) : loop(insert);
    }

    @Benchmark
    public int jdbcBatchRewrite() throws SQLException {
        return batch(batchInsert);
    }

    @Benchmark
    public int jdbcMultiRow() throws SQLException {
        Connection c = db.jdbc();
        c.setAutoCommit(false);
        int written = 0;
        for (int from = 0; from < items.size(); from += batchSize) {
            int to = Math.min(items.size(), from + batchSize);
            PreparedStatement ps = to - from == batchSize ? multiRow
                    : c.prepareStatement(ItemSchema.multiRowInsert(to - from));
            for (int i = from; i < to; i++) {
                db.mapping().bind(ps, (i - from) * 8, items.get(i));
            }
            written += ps.executeUpdate();
            if (ps != multiRow) {
                ps.close();
            }
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
        for (int from = 0; from < items.size(); from += batchSize) {
            BatchBindStep batch = db.jooq().batch(jooqInsert);
            for (int i = from, to = Math.min(items.size(), from + batchSize); i < to; i++) {
                batch.bind(JooqQueries.values(items.get(i)));
            }
            for (int n : batch.execute()) {
                written += n;
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return written;
    }

    @Benchmark
    public int ashlar() {
        List<Map<String, ?>> inputs = new ArrayList<>(items.size());
        for (Item item : items) {
            inputs.add(item.toInput());
        }
        return db.ashlar().bulkCreate(ItemSchema.ITEM, "create", inputs,
                BulkOptions.atomicBatches().withBatchSize(batchSize)).orThrow().size();
    }

    private int loop(PreparedStatement ps) throws SQLException {
        Connection c = ps.getConnection();
        c.setAutoCommit(false);
        int written = 0;
        for (Item item : items) {
            db.mapping().bind(ps, 0, item);
            written += ps.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
        return written;
    }

    private int batch(PreparedStatement ps) throws SQLException {
        Connection c = ps.getConnection();
        c.setAutoCommit(false);
        int written = 0;
        for (int i = 0; i < items.size(); i++) {
            db.mapping().bind(ps, 0, items.get(i));
            ps.addBatch();
            if ((i + 1) % batchSize == 0 || i == items.size() - 1) {
                written += rowsWritten(ps.executeBatch());
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return written;
    }

    /** pgjdbc reports {@code SUCCESS_NO_INFO} (-2) per row for rewritten batches: count those as one row. */
    private static int rowsWritten(int[] counts) {
        int n = 0;
        for (int count : counts) {
            n += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
        }
        return n;
    }

    public List<Item> items() {
        return items;
    }
}
