package dev.ashlar.bench;

import static org.jooq.impl.DSL.val;

import dev.ashlar.bench.support.BenchDatabase;
import dev.ashlar.bench.support.Item;
import dev.ashlar.bench.support.JooqItems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jooq.Query;

/** The plain-jOOQ statements, built once per trial and re-bound per row (jOOQ's documented reuse pattern). */
final class JooqQueries {
    private JooqQueries() {
    }

    /** {@code insert into item (...) values (?, ...)} with typed placeholder values. */
    static Query insert(BenchDatabase db) {
        JooqItems t = db.jooqItems();
        return db.jooq().insertInto(t.table, t.id, t.tenantId, t.name, t.email, t.status, t.amount, t.createdAt,
                        t.note)
                .values(val((UUID) null, t.id), val((UUID) null, t.tenantId), val((String) null, t.name),
                        val((String) null, t.email), val((String) null, t.status),
                        val((BigDecimal) null, t.amount), val((Instant) null, t.createdAt),
                        val((String) null, t.note));
    }

    /** The same insert built and rendered for one item: jOOQ's everyday style, no state kept between calls. */
    static Query freshInsert(BenchDatabase db, Item item) {
        JooqItems t = db.jooqItems();
        return db.jooq().insertInto(t.table, t.id, t.tenantId, t.name, t.email, t.status, t.amount, t.createdAt,
                        t.note)
                .values(item.id(), item.tenantId(), item.name(), item.email(), item.status(), item.amount(),
                        item.createdAt(), item.note());
    }

    static Query bindItem(Query query, Item item) {
        return query.bind(1, item.id()).bind(2, item.tenantId()).bind(3, item.name()).bind(4, item.email())
                .bind(5, item.status()).bind(6, item.amount()).bind(7, item.createdAt()).bind(8, item.note());
    }

    static Object[] values(Item item) {
        return new Object[] {item.id(), item.tenantId(), item.name(), item.email(), item.status(), item.amount(),
                item.createdAt(), item.note()};
    }
}
