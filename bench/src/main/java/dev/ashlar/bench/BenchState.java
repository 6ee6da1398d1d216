package dev.ashlar.bench;

import dev.ashlar.bench.support.BenchDatabase;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What every workload shares: the dialect parameter (one JMH run covers both) and the database fixture.
 *
 * <p>The workload classes are plain Java as well as JMH benchmarks: the bench module's test sets their fields,
 * calls the same setup and benchmark methods with tiny sizes, and checks the rows they wrote or read.
 */
@State(Scope.Benchmark)
public abstract class BenchState {
    /** {@code sqlite} or {@code postgres}. */
    @Param({"sqlite", "postgres"})
    public String dialect;

    protected BenchDatabase db;

    protected void openDatabase() {
        db = BenchDatabase.open(dialect);
    }

    protected void closeDatabase() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    /** The fixture (for checks in tests). */
    public BenchDatabase database() {
        return db;
    }
}
