package dev.ashlar.sql;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.internal.values.ValueCaster;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Constraint;
import org.jooq.ConstraintForeignKeyOnStep;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Renders DDL for the schema model with jOOQ, every literal inlined (jOOQ's plain {@code getSQL()} would leave
 * {@code ?} inside CHECK constraints): {@code CREATE TABLE} / {@code CREATE INDEX}, and the single-step statements
 * both dialects' migration planners share (add / drop / rename column, constraints, fills). Dialect-only statements
 * (PostgreSQL's {@code ALTER COLUMN}, SQLite's table rebuild) live in the dialect's planner.
 *
 * <p>{@code CREATE TABLE}, {@code CREATE INDEX} and {@code DROP TABLE}, which a schema has one of per table or index,
 * are put together as text from pieces jOOQ rendered once ({@link DdlFragments}), the same text jOOQ renders for the
 * whole statement (the dialects' {@code DdlRendererTest}s hold it to what jOOQ gave).
 */
public final class DdlRenderer {
    private final SqlDialect dialect;
    private final DSLContext jooq;
    private final Codecs codecs;
    private final DdlFragments fragments;

    public DdlRenderer(SqlDialect dialect, DSLContext jooq) {
        this.dialect = dialect;
        this.jooq = jooq;
        this.codecs = new Codecs(dialect);
        this.fragments = new DdlFragments(jooq, this::columnType);
    }

    /** The table, then its indexes. */
    public List<String> createTable(TableModel table) {
        List<String> statements = new ArrayList<>();
        statements.add(createTableStatement(table, table.name()));
        for (IndexModel index : table.indexes()) {
            statements.add(createIndex(table.name(), index));
        }
        return statements;
    }

    /**
     * {@code CREATE TABLE} of {@code table} under another name, without its indexes (for table rebuilds). Constraint
     * names stay those of {@code table}.
     */
    public String createTableStatement(TableModel table, String tableName) {
        List<String> elements = new ArrayList<>();
        for (ColumnModel column : table.columns()) {
            elements.add(fragments.name(column.name()) + " " + fragments.columnDefinition(column));
        }
        if (!table.primaryKey().isEmpty()) {
            elements.add("constraint " + fragments.name(table.primaryKeyName()) + " primary key ("
                    + fragments.names(table.primaryKey()) + ")");
        }
        for (ForeignKeyModel fk : table.foreignKeys()) {
            elements.add("constraint " + fragments.name(fk.name()) + " foreign key (" + fragments.names(fk.columns())
                    + ") references " + fragments.name(fk.referencedTable()) + " ("
                    + fragments.names(fk.referencedColumns()) + ") on delete " + actionSql(fk.onDelete())
                    + " on update " + actionSql(fk.onUpdate()));
        }
        for (CheckModel check : table.checks()) {
            elements.add(checkSql(check));
        }
        for (CheckModel storageCheck : dialect.storageChecks(table)) {
            elements.add(checkSql(storageCheck));
        }
        return "create table " + fragments.name(tableName) + " (" + String.join(", ", elements) + ")"
                + dialect.createTableSuffix();
    }

    private String checkSql(CheckModel check) {
        return "constraint " + fragments.name(check.name()) + " check (" + fragments.checkCondition(check) + ")";
    }

    private static String actionSql(ForeignKeyAction action) {
        return switch (action) {
            case CASCADE -> "cascade";
            case SET_NULL -> "set null";
            case RESTRICT -> "restrict";
            case NO_ACTION -> "no action";
        };
    }

    /** {@code CREATE [UNIQUE] INDEX} with lower-cased keys, nulls-not-distinct and a partial predicate as declared. */
    public String createIndex(String table, IndexModel index) {
        StringBuilder keys = new StringBuilder();
        for (IndexKey key : index.keys()) {
            keys.append(keys.isEmpty() ? "" : ", ").append(fragments.indexKey(key));
        }
        return "create " + (index.unique() ? "unique " : "") + "index " + fragments.name(index.name()) + " on "
                + fragments.name(table) + "(" + keys + ")"
                + (index.unique() && !index.nullsDistinct() ? " nulls not distinct" : "") // PostgreSQL 15 syntax
                + (index.where() != null ? " where " + fragments.condition(index.where()) : "");
    }

    /** {@code DROP TABLE}. */
    public String dropTable(String table) {
        return "drop table " + fragments.name(table);
    }

    /** {@code ALTER TABLE .. RENAME TO}. */
    public String renameTable(String from, String to) {
        return jooq.alterTable(name(from)).renameTo(name(to)).getSQL(ParamType.INLINED);
    }

    /** {@code ALTER TABLE .. ADD} a column with its type, nullability and default, as in {@code CREATE TABLE}. */
    public String addColumn(String table, ColumnModel column) {
        return jooq.alterTable(name(table)).addColumn(name(column.name()), columnType(column)).getSQL(ParamType.INLINED);
    }

    /** {@code ALTER TABLE .. DROP} a column. */
    public String dropColumn(String table, String column) {
        return jooq.alterTable(name(table)).dropColumn(name(column)).getSQL(ParamType.INLINED);
    }

    /** {@code ALTER TABLE .. RENAME COLUMN .. TO}. */
    public String renameColumn(String table, String from, String to) {
        return jooq.alterTable(name(table)).renameColumn(name(from)).to(name(to)).getSQL(ParamType.INLINED);
    }

    /** {@code ALTER INDEX .. RENAME TO} (on PostgreSQL also renames the constraint an index implements). */
    public String renameIndex(String from, String to) {
        return jooq.alterIndex(name(from)).renameTo(name(to)).getSQL(ParamType.INLINED);
    }

    /** {@code DROP INDEX}. */
    public String dropIndex(String index) {
        return jooq.dropIndex(name(index)).getSQL(ParamType.INLINED);
    }

    /** {@code ALTER TABLE .. ADD CONSTRAINT .. PRIMARY KEY}. */
    public String addPrimaryKey(String table, String constraintName, List<String> columns) {
        return jooq.alterTable(name(table)).add(constraint(name(constraintName))
                .primaryKey(columns.stream().map(c -> field(name(c))).toArray(Field[]::new))).getSQL(ParamType.INLINED);
    }

    /** {@code ALTER TABLE .. ADD CONSTRAINT .. FOREIGN KEY}, actions included. */
    public String addForeignKey(String table, ForeignKeyModel fk) {
        return jooq.alterTable(name(table)).add(foreignKey(fk)).getSQL(ParamType.INLINED);
    }

    /** {@code ALTER TABLE .. ADD CONSTRAINT .. CHECK}. */
    public String addCheck(String table, CheckModel check) {
        return jooq.alterTable(name(table)).add(check(check)).getSQL(ParamType.INLINED);
    }

    /** {@code ALTER TABLE .. DROP CONSTRAINT}. */
    public String dropConstraint(String table, String constraintName) {
        return jooq.alterTable(name(table)).dropConstraint(name(constraintName)).getSQL(ParamType.INLINED);
    }

    /** {@code UPDATE t SET column = <value> [WHERE column IS NULL]}, the value inlined as the dialect stores it. */
    public String fill(String table, ColumnModel column, Object value, boolean onlyNulls) {
        Field<Object> target = field(name(column.name()));
        var update = jooq.update(table(name(table))).set(java.util.Map.of(target, literal(column, value)));
        org.jooq.Query query = onlyNulls ? update.where(target.isNull()) : update;
        return query.getSQL(ParamType.INLINED);
    }

    /**
     * A value of {@code column} as an inlined literal in the form the dialect stores it (SQLite: decimals and
     * timestamps as fixed text, booleans as 0/1; PostgreSQL: typed literals). The value is first cast to the
     * column's canonical Java type, so a backfill given as text ({@code "0.00"}) works too.
     */
    public Field<Object> literal(ColumnModel column, Object value) {
        Object canonical = ValueCaster.cast(column.type(), value);
        @SuppressWarnings("unchecked")
        DataType<Object> type = (DataType<Object>) dialect.columnType(column);
        return inline(codecs.of(column.type()).toBindValue(canonical), type);
    }

    /** The SQL of a literal, for comparing two defaults as the database would see them. */
    public String literalSql(ColumnModel column, Object value) {
        return value == null ? "null" : jooq.renderInlined(literal(column, value));
    }

    /** The column's declared type as it appears in a cast, e.g. {@code numeric(12, 2)}; identity not included. */
    public String typeSql(ColumnModel column) {
        String cast = jooq.render(DSL.cast(field(name("x")), dialect.columnType(column)));
        return cast.substring(cast.indexOf(" as ") + " as ".length(), cast.length() - 1);
    }

    /** The jOOQ context statements are rendered with (quoted names, inlined literals). */
    public DSLContext jooq() {
        return jooq;
    }

    private DataType<?> columnType(ColumnModel column) {
        DataType<?> type = dialect.columnType(column).nullable(column.nullable());
        if (column.defaultValue() != null) {
            @SuppressWarnings("unchecked")
            DataType<Object> typed = (DataType<Object>) type;
            type = typed.defaultValue(literal(column, column.defaultValue()));
        }
        return type;
    }

    private static Constraint foreignKey(ForeignKeyModel fk) {
        ConstraintForeignKeyOnStep step = constraint(name(fk.name()))
                .foreignKey(fk.columns().stream().map(c -> field(name(c))).toArray(Field[]::new))
                .references(table(name(fk.referencedTable())),
                        fk.referencedColumns().stream().map(c -> field(name(c))).toArray(Field[]::new));
        return onUpdate(onDelete(step, fk.onDelete()), fk.onUpdate());
    }

    private static ConstraintForeignKeyOnStep onDelete(ConstraintForeignKeyOnStep step, ForeignKeyAction action) {
        return switch (action) {
            case CASCADE -> step.onDeleteCascade();
            case SET_NULL -> step.onDeleteSetNull();
            case RESTRICT -> step.onDeleteRestrict();
            case NO_ACTION -> step.onDeleteNoAction();
        };
    }

    private static ConstraintForeignKeyOnStep onUpdate(ConstraintForeignKeyOnStep step, ForeignKeyAction action) {
        return switch (action) {
            case CASCADE -> step.onUpdateCascade();
            case SET_NULL -> step.onUpdateSetNull();
            case RESTRICT -> step.onUpdateRestrict();
            case NO_ACTION -> step.onUpdateNoAction();
        };
    }

    private static Constraint check(CheckModel check) {
        if (check.isOneOf()) {
            return constraint(name(check.name())).check(field(name(check.column()), String.class)
                    .in(check.values().stream().map(DSL::inline).toList()));
        }
        return constraint(name(check.name())).check(DSL.condition(check.sql()));
    }
}
