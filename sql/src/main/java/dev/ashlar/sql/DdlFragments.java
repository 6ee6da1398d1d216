package dev.ashlar.sql;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lower;

import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.IndexKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * The dialect-specific pieces of {@code CREATE TABLE} and {@code CREATE INDEX}, each rendered by jOOQ once and then
 * remembered: column definitions (type, nullability, default), check conditions and index keys; names are quoted as
 * jOOQ quotes them. Schemas repeat these pieces table after table, while building and rendering a whole jOOQ
 * statement per table costs far more than the text it gives. Every piece depends only on its key, so remembering it
 * changes no output.
 */
final class DdlFragments {
    private static final String PROBE_TABLE = "t";

    private final DSLContext jooq;
    private final Function<ColumnModel, DataType<?>> columnType;
    private final String openQuote;
    private final String closeQuote;
    private final Map<ColumnModel, String> columnDefinitions = new ConcurrentHashMap<>();
    private final Map<OneOf, String> oneOfConditions = new ConcurrentHashMap<>();
    private final Map<String, String> conditions = new ConcurrentHashMap<>();
    private final Map<IndexKey, String> indexKeys = new ConcurrentHashMap<>();

    /** @param columnType a column's type as declared in {@code CREATE TABLE}: nullability and default included */
    DdlFragments(DSLContext jooq, Function<ColumnModel, DataType<?>> columnType) {
        this.jooq = jooq;
        this.columnType = columnType;
        String probe = jooq.renderInlined(DSL.name(PROBE_TABLE));
        int at = probe.indexOf(PROBE_TABLE);
        this.openQuote = probe.substring(0, at);
        this.closeQuote = probe.substring(at + PROBE_TABLE.length());
    }

    /**
     * A quoted identifier, e.g. {@code "orders"}: letters, digits and underscores between the quotes jOOQ puts around
     * a name; anything else as jOOQ renders it.
     */
    String name(String identifier) {
        return plain(identifier) ? openQuote + identifier + closeQuote : jooq.renderInlined(DSL.name(identifier));
    }

    private static boolean plain(String identifier) {
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !identifier.isEmpty();
    }

    /** Quoted identifiers separated by {@code ", "}. */
    String names(List<String> identifiers) {
        StringBuilder out = new StringBuilder();
        for (String identifier : identifiers) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(name(identifier));
        }
        return out.toString();
    }

    /**
     * What follows the column's name in {@code CREATE TABLE}, e.g. {@code varchar(100) not null default 'a'}: cut
     * from jOOQ's rendering of a table of just that column, as jOOQ renders each column of a table alike.
     */
    String columnDefinition(ColumnModel column) {
        String definition = columnDefinitions.get(column);
        return definition != null ? definition : columnDefinitions.computeIfAbsent(column, this::renderDefinition);
    }

    private String renderDefinition(ColumnModel column) {
        String sql = jooq.createTable(DSL.name(PROBE_TABLE))
                .column(field(DSL.name(column.name())), columnType.apply(column)).getSQL(ParamType.INLINED);
        String prefix = "create table " + name(PROBE_TABLE) + " (" + name(column.name()) + " ";
        if (!sql.startsWith(prefix) || !sql.endsWith(")")) {
            throw new IllegalStateException("unexpected column definition from jOOQ: " + sql);
        }
        return sql.substring(prefix.length(), sql.length() - 1);
    }

    /** The condition of a check constraint, as jOOQ renders it inside {@code check (...)}. */
    String checkCondition(CheckModel check) {
        if (!check.isOneOf()) {
            return condition(check.sql());
        }
        OneOf key = new OneOf(check.column(), check.values());
        String condition = oneOfConditions.get(key);
        return condition != null ? condition : oneOfConditions.computeIfAbsent(key, k -> jooq.renderInlined(
                field(DSL.name(k.column()), String.class).in(k.values().stream().map(DSL::inline).toList())));
    }

    /** A one-of check's condition, which does not depend on the check's name. */
    private record OneOf(String column, List<String> values) {
    }

    /** A plain SQL condition (a check or a partial index's predicate), as jOOQ renders it, e.g. {@code (a > 1)}. */
    String condition(String sql) {
        String condition = conditions.get(sql);
        return condition != null ? condition : conditions.computeIfAbsent(sql,
                s -> jooq.renderInlined(DSL.condition(s)));
    }

    /** One key of an index: the quoted column, or {@code lower(...)} of it. */
    String indexKey(IndexKey key) {
        String rendered = indexKeys.get(key);
        return rendered != null ? rendered : indexKeys.computeIfAbsent(key, k -> {
            Field<String> column = field(DSL.name(k.column()), String.class);
            return jooq.renderInlined(k.lowerCase() ? lower(column) : column);
        });
    }
}
