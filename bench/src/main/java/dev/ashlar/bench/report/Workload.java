package dev.ashlar.bench.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the summary knows about each benchmark class: its workload number, how many rows one JMH operation handles
 * (the parameter to divide by), and the target for it.
 */
enum Workload {
    W1("W1SingleCreate", "1 create, own tx", null, Target.SINGLE_ROW),
    W2("W2CreateInTransaction", "2 create in one tx", "txRows", Target.SINGLE_ROW),
    W3("W3BulkCreate", "3 bulk create", "bulkRows", Target.BULK),
    W4("W4PointRead", "4 point read", null, Target.SINGLE_ROW),
    W5("W5ListRead", "5 list read", "listRows", Target.LIST),
    W6U("W6UpdateByKey", "6 update by key", null, Target.SINGLE_ROW),
    W6D("W6DestroyByKey", "6 destroy by key", "destroyRows", Target.SINGLE_ROW);

    final String className;
    final String title;
    /** The parameter holding the rows per operation, or {@code null} for one row per operation. */
    final String rowsParam;
    final Target target;

    Workload(String className, String title, String rowsParam, Target target) {
        this.className = className;
        this.title = title;
        this.rowsParam = rowsParam;
        this.target = target;
    }

    static Optional<Workload> ofClass(String simpleName) {
        return Arrays.stream(values()).filter(w -> w.className.equals(simpleName)).findFirst();
    }

    /** The targets, as a maximum A/J time ratio per dialect. */
    enum Target {
        /** Single-row paths: A/J <= 1.2 on PostgreSQL, <= 2.0 on SQLite. */
        SINGLE_ROW(1.2, 2.0, "A/J ≤ %s"),
        /** Bulk: A at least 80% of the best raw JDBC rows/s, i.e. A/J(best) <= 1.25. */
        BULK(1.25, 1.25, "A ≥ 80%% of best J rows/s (A/J ≤ %s)"),
        /** List read: A/J <= 1.5. */
        LIST(1.5, 1.5, "A/J ≤ %s");

        final double postgres;
        final double sqlite;
        final String text;

        Target(double postgres, double sqlite, String text) {
            this.postgres = postgres;
            this.sqlite = sqlite;
            this.text = text;
        }

        double limit(String dialect) {
            return dialect.equals("postgres") ? postgres : sqlite;
        }

        String describe(String dialect) {
            return String.format(text, limit(dialect));
        }
    }
}
