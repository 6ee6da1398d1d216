package dev.ashlar.postgres;

import dev.ashlar.schema.SchemaModel;
import dev.ashlar.values.AttributeType;
import dev.ashlar.values.TypeKind;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.internal.values.ValueCaster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * What a declared schema reads back as from PostgreSQL: {@code introspect()} of a schema created from
 * {@code declared} equals {@code PostgresStorageModel.of(declared)} (record equality). Storage keeps less than the
 * declaration, so the comparison happens at storage level:
 * <ul>
 *   <li>types: string, ci_string, text and enum are all {@code text} -> {@code text()}, except a string with a
 *       maximum length, {@code varchar(n)} -> {@code string(n)}; uuid, integer ({@code bigint}), decimal(p,s),
 *       boolean, date, time, timestamp ({@code timestamptz}), json ({@code jsonb}) and binary ({@code bytea}) keep
 *       their type;</li>
 *   <li>defaults: the declared literal cast to its canonical Java value (decimals at the declared scale, JSON as the
 *       map JSON text reads back as), except binary -> lower-case hex {@link String};</li>
 *   <li>identity: only for integer columns (the DDL makes other kinds plain columns);</li>
 *   <li>indexes, foreign keys and checks are sorted by name; non-unique indexes are nulls-distinct; partial
 *       predicates lose wrapping parentheses (PostgreSQL re-prints predicates: a declared one reads back equal only
 *       when written as {@code pg_get_expr(..., true)} prints it);</li>
 *   <li>checks by name only, {@code CheckModel.sql(name, "")}, enum one-of checks included.</li>
 * </ul>
 */
public final class PostgresStorageModel {
    private static final PostgresDialect DIALECT = new PostgresDialect();

    private PostgresStorageModel() {
    }

    /** The storage-level model {@code declared} reads back as once created on PostgreSQL. */
    public static SchemaModel of(SchemaModel declared) {
        return SchemaModel.of(declared.tables().values().stream().map(PostgresStorageModel::of).toList());
    }

    /** One table of {@link #of(SchemaModel)}. */
    public static TableModel of(TableModel table) {
        List<ColumnModel> columns = table.columns().stream()
                .map(c -> new ColumnModel(c.name(), storageType(c.type()), c.nullable(),
                        storedDefault(c.type(), c.defaultValue()),
                        c.identity() && c.type().kind() == TypeKind.INTEGER))
                .toList();
        List<IndexModel> indexes = table.indexes().stream()
                .map(i -> new IndexModel(i.name(), i.keys(), i.unique(), !i.unique() || i.nullsDistinct(),
                        i.where() == null ? null : PostgresExpressions.unwrap(i.where())))
                .sorted(Comparator.comparing(IndexModel::name)).toList();
        List<ForeignKeyModel> fks = table.foreignKeys().stream()
                .sorted(Comparator.comparing(ForeignKeyModel::name)).toList();
        List<CheckModel> checks = new ArrayList<>();
        table.checks().forEach(c -> checks.add(CheckModel.sql(c.name(), "")));
        DIALECT.storageChecks(table).forEach(c -> checks.add(CheckModel.sql(c.name(), "")));
        checks.sort(Comparator.comparing(CheckModel::name));
        return new TableModel(table.name(), columns, table.primaryKey(), indexes, fks, checks);
    }

    /** The storage-level type of a logical type. */
    public static AttributeType storageType(AttributeType type) {
        return switch (type.kind()) {
            case STRING -> type.maxLength() > 0 ? AttributeType.string(type.maxLength()) : AttributeType.text();
            case CI_STRING, TEXT, ENUM -> AttributeType.text();
            case UUID -> AttributeType.uuid();
            case INTEGER -> AttributeType.integer();
            case DECIMAL -> type;
            case BOOLEAN -> AttributeType.bool();
            case DATE -> AttributeType.date();
            case TIME -> AttributeType.time();
            case TIMESTAMP -> AttributeType.timestamp();
            case JSON -> AttributeType.json();
            case BINARY -> AttributeType.binary();
        };
    }

    /** A declared literal default as PostgreSQL stores it. */
    public static Object storedDefault(AttributeType type, Object literal) {
        if (literal == null) {
            return null;
        }
        Object canonical = ValueCaster.cast(type, literal);
        return type.kind() == TypeKind.BINARY ? HexFormat.of().formatHex((byte[]) canonical) : canonical;
    }
}
