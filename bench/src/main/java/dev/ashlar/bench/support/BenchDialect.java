package dev.ashlar.bench.support;

import java.util.Locale;
import org.jooq.SQLDialect;

/** The two dialects every workload runs on; the JMH parameter {@code dialect} names one. */
public enum BenchDialect {
    SQLITE(SQLDialect.SQLITE),
    POSTGRES(SQLDialect.POSTGRES);

    private final SQLDialect jooq;

    BenchDialect(SQLDialect jooq) {
        this.jooq = jooq;
    }

    public SQLDialect jooq() {
        return jooq;
    }

    public static BenchDialect of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
