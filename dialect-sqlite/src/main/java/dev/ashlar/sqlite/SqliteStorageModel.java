package dev.ashlar.sqlite;

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
import java.util.List;

/**
 * What a declared schema reads back as from SQLite: {@code introspect()} of a database created from {@code declared}
 * equals {@code SqliteStorageModel.of(declared)} (record equality). Storage keeps less than the declaration, so the
 * comparison happens at storage level:
 * <ul>
 *   <li>types: integer and boolean -> {@code integer()}; binary -> {@code binary()}; every other kind (uuid, strings,
 *       text, enum, decimal, date, time, timestamp, json) -> {@code text()} (STRICT tables hold only these);</li>
 *   <li>defaults: the value as stored, i.e. the declared literal cast to its canonical value then encoded by the
 *       codec: text kinds -> {@link String} (decimals at the declared scale, timestamps as fixed-width UTC text,
 *       JSON with sorted keys), integers and booleans -> {@link Long} (1/0), binary -> lower-case hex
 *       {@link String};</li>
 *   <li>nullability: as declared, except primary-key columns, which STRICT tables make NOT NULL;</li>
 *   <li>identity: true exactly for a single-column primary key stored as INTEGER (SQLite's rowid alias, which
 *       generates values whatever the declaration says), false otherwise;</li>
 *   <li>indexes, foreign keys and checks are sorted by name; non-unique indexes are nulls-distinct; partial
 *       predicates lose wrapping parentheses (SQLite keeps the text as written, so they compare exactly); a unique
 *       index declared nulls-not-distinct keeps that flag although SQLite cannot build one, so the difference
 *       shows;</li>
 *   <li>checks by name only, {@code CheckModel.sql(name, "")}, including the dialect's storage checks (booleans kept
 *       to 0 and 1) and enum one-of checks.</li>
 * </ul>
 */
public final class SqliteStorageModel {
    private static final SqliteDialect DIALECT = new SqliteDialect();

    private SqliteStorageModel() {
    }

    /** The storage-level model {@code declared} reads back as once created on SQLite. */
    public static SchemaModel of(SchemaModel declared) {
        return SchemaModel.of(declared.tables().values().stream().map(SqliteStorageModel::of).toList());
    }

    /** One table of {@link #of(SchemaModel)}. */
    public static TableModel of(TableModel table) {
        List<ColumnModel> columns = table.columns().stream().map(c -> column(table, c)).toList();
        List<IndexModel> indexes = table.indexes().stream()
                .map(i -> new IndexModel(i.name(), i.keys(), i.unique(), !i.unique() || i.nullsDistinct(),
                        i.where() == null ? null : SqliteSqlText.unwrap(i.where())))
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
            case INTEGER, BOOLEAN -> AttributeType.integer();
            case BINARY -> AttributeType.binary();
            default -> AttributeType.text();
        };
    }

    /** A declared literal default as SQLite stores it. */
    public static Object storedDefault(AttributeType type, Object literal) {
        if (literal == null) {
            return null;
        }
        Object canonical = ValueCaster.cast(type, literal);
        return switch (type.kind()) {
            case BINARY -> SqliteLiterals.hex((byte[]) canonical);
            case INTEGER -> canonical;
            case BOOLEAN -> (Boolean) canonical ? 1L : 0L;
            default -> SqliteCodecs.of(type).toBindValue(canonical);
        };
    }

    private static ColumnModel column(TableModel table, ColumnModel c) {
        boolean inPrimaryKey = table.primaryKey().contains(c.name());
        boolean rowidAlias = table.primaryKey().equals(List.of(c.name()))
                && (c.type().kind() == TypeKind.INTEGER || c.type().kind() == TypeKind.BOOLEAN);
        return new ColumnModel(c.name(), storageType(c.type()), c.nullable() && !inPrimaryKey,
                storedDefault(c.type(), c.defaultValue()), rowidAlias);
    }
}
