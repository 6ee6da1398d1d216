package dev.ashlar.sql;

import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Renders the write statements of a resource once per shape and caches the SQL text: the hot path of a create,
 * update or destroy does no rendering at all. Identifiers are quoted by jOOQ for the dialect; every statement
 * returns all the resource's columns (PostgreSQL and SQLite >= 3.35 share the {@code RETURNING} syntax).
 */
final class Statements {
    private final DSLContext jooq;
    private final ConcurrentHashMap<Key, String> cache = new ConcurrentHashMap<>();

    /** By resource as well as table: resources sharing a table return different columns. */
    private record Key(String kind, String resource, String table, List<String> columns, int rows) {}

    Statements(DSLContext jooq) {
        this.jooq = jooq;
    }

    /** {@code insert into t (c1, c2) values (?, ?), (?, ?) [returning ...]} for {@code rows} rows. */
    String insert(Resource resource, List<String> columns, int rows, boolean returning) {
        Key key = new Key(returning ? "insert" : "insert-only", resource.name(), resource.table(), columns, rows);
        return cache.computeIfAbsent(key, k -> {
            String placeholders = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            StringBuilder sql = new StringBuilder("insert into ").append(quote(resource.table())).append(" (")
                    .append(quotedList(columns)).append(") values ");
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "" : ", ").append(placeholders);
            }
            return (returning ? sql.append(returning(resource)) : sql).toString();
        });
    }

    /** {@code select <all columns> from t where pk = ?}. */
    String selectByKey(Resource resource) {
        return cache.computeIfAbsent(new Key("select-by-key", resource.name(), resource.table(), List.of(), 1), k ->
                "select " + quotedList(resource.attributes().stream().map(Attribute::name).toList()) + " from "
                        + quote(resource.table()) + wherePrimaryKey(resource));
    }

    /** {@code update t set c1 = ?, c2 = ? where pk = ? returning ...}. */
    String update(Resource resource, List<String> columns) {
        return cache.computeIfAbsent(new Key("update", resource.name(), resource.table(), columns, 1), k -> {
            StringBuilder sql = new StringBuilder("update ").append(quote(resource.table())).append(" set ");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i))).append(" = ?");
            }
            return sql.append(wherePrimaryKey(resource)).append(returning(resource)).toString();
        });
    }

    /** {@code delete from t where pk = ? returning ...}. */
    String delete(Resource resource) {
        return cache.computeIfAbsent(new Key("delete", resource.name(), resource.table(), List.of(), 1), k ->
                "delete from " + quote(resource.table()) + wherePrimaryKey(resource) + returning(resource));
    }

    private String wherePrimaryKey(Resource resource) {
        StringBuilder sql = new StringBuilder(" where ");
        List<Attribute> pk = resource.primaryKey();
        for (int i = 0; i < pk.size(); i++) {
            sql.append(i == 0 ? "" : " and ").append(quote(pk.get(i).name())).append(" = ?");
        }
        return sql.toString();
    }

    private String returning(Resource resource) {
        return " returning " + quotedList(resource.attributes().stream().map(Attribute::name).toList());
    }

    private String quotedList(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(names.get(i)));
        }
        return out.toString();
    }

    String quote(String identifier) {
        return jooq.render(DSL.name(identifier));
    }
}
