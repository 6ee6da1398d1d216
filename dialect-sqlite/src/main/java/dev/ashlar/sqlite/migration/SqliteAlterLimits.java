package dev.ashlar.sqlite.migration;

import dev.ashlar.sqlite.SqliteDialect;
import static dev.ashlar.sql.plan.TableModelChanges.mentions;

import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationOperation.AddCheck;
import dev.ashlar.migration.spi.MigrationOperation.AddColumn;
import dev.ashlar.migration.spi.MigrationOperation.AddForeignKey;
import dev.ashlar.migration.spi.MigrationOperation.AlterColumn;
import dev.ashlar.migration.spi.MigrationOperation.ChangePrimaryKey;
import dev.ashlar.migration.spi.MigrationOperation.DropCheck;
import dev.ashlar.migration.spi.MigrationOperation.DropColumn;
import dev.ashlar.migration.spi.MigrationOperation.DropForeignKey;
import dev.ashlar.migration.spi.MigrationOperation.RenameIndex;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.sql.DdlRenderer;
import java.util.List;

/**
 * What SQLite's {@code ALTER TABLE} cannot do, so that the table must be rebuilt
 * (<a href="https://www.sqlite.org/lang_altertable.html">lang_altertable</a>): ADD COLUMN only of a column that
 * is nullable or has a constant default and is no primary key; DROP COLUMN only of a column no primary key, index,
 * foreign key or check uses; nothing at all for a column's type, nullability or default, the primary key, foreign
 * keys or checks. Renames of tables and columns (>= 3.25) and index creation are always native.
 */
final class SqliteAlterLimits {
    private final SqliteDialect dialect;
    private final DdlRenderer ddl;

    SqliteAlterLimits(SqliteDialect dialect, DdlRenderer ddl) {
        this.dialect = dialect;
        this.ddl = ddl;
    }

    /** Whether {@code op}, run on {@code table} as it is just before it, needs a rebuild of the table. */
    boolean needsRebuild(MigrationOperation op, TableModel table) {
        return switch (op) {
            case AddColumn a -> !canAdd(a.column(), table);
            case DropColumn d -> !canDrop(table.column(d.column().name()).orElse(d.column()), table);
            case AlterColumn a -> !sameStorage(a.from(), a.to());
            case ChangePrimaryKey p -> !p.from().equals(p.to());
            case RenameIndex r -> table.indexes().stream().noneMatch(i -> i.name().equals(r.from())); // a constraint
            case AddForeignKey a -> true;
            case DropForeignKey d -> true;
            case AddCheck a -> true;
            case DropCheck d -> true;
            default -> false;
        };
    }

    /** The storage check (booleans) is a table constraint, which ADD COLUMN cannot add. */
    private boolean canAdd(ColumnModel column, TableModel table) {
        return !column.identity() && !table.primaryKey().contains(column.name()) && storageChecks(column).isEmpty()
                && (column.nullable() || column.defaultValue() != null);
    }

    private boolean canDrop(ColumnModel column, TableModel table) {
        String name = column.name();
        return !table.primaryKey().contains(name)
                && table.indexes().stream().noneMatch(i -> i.columns().contains(name) || mentions(i.where(), name))
                && table.foreignKeys().stream().noneMatch(f -> f.columns().contains(name))
                && table.checks().stream().noneMatch(c -> name.equals(c.column()) || mentions(c.sql(), name))
                && storageChecks(column).isEmpty();
    }

    /** Same declared type, nullability, default and storage checks: nothing changes in the database. */
    private boolean sameStorage(ColumnModel from, ColumnModel to) {
        return dialect.columnType(from).getTypeName().equals(dialect.columnType(to).getTypeName())
                && from.nullable() == to.nullable()
                && ddl.literalSql(from, from.defaultValue()).equals(ddl.literalSql(to, to.defaultValue()))
                && storageChecks(from).stream().map(c -> c.sql()).toList()
                .equals(storageChecks(to).stream().map(c -> c.sql()).toList());
    }

    private List<dev.ashlar.schema.CheckModel> storageChecks(ColumnModel column) {
        return dialect.storageChecks(new TableModel("t", List.of(column), List.of(), List.of(), List.of(), List.of()));
    }
}
