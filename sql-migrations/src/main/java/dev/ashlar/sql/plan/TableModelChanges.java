package dev.ashlar.sql.plan;

import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationOperation.AddCheck;
import dev.ashlar.migration.spi.MigrationOperation.AddColumn;
import dev.ashlar.migration.spi.MigrationOperation.AddForeignKey;
import dev.ashlar.migration.spi.MigrationOperation.AddIndex;
import dev.ashlar.migration.spi.MigrationOperation.AlterColumn;
import dev.ashlar.migration.spi.MigrationOperation.ChangePrimaryKey;
import dev.ashlar.migration.spi.MigrationOperation.CreateTable;
import dev.ashlar.migration.spi.MigrationOperation.DropCheck;
import dev.ashlar.migration.spi.MigrationOperation.DropColumn;
import dev.ashlar.migration.spi.MigrationOperation.DropForeignKey;
import dev.ashlar.migration.spi.MigrationOperation.DropIndex;
import dev.ashlar.migration.spi.MigrationOperation.DropTable;
import dev.ashlar.migration.spi.MigrationOperation.RenameColumn;
import dev.ashlar.migration.spi.MigrationOperation.RenameIndex;
import dev.ashlar.migration.spi.MigrationOperation.RenameTable;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies one migration operation to a table model: what the table looks like once the operation has run. Dropping
 * a column also drops the indexes, foreign keys and checks that use it, as PostgreSQL does.
 */
public final class TableModelChanges {
    private TableModelChanges() {
    }

    /** The table after {@code op}; {@code null} once dropped. {@code table} is {@code null} before a create. */
    public static TableModel apply(TableModel table, MigrationOperation op) {
        return switch (op) {
            case CreateTable c -> c.model();
            case DropTable d -> null;
            case RenameTable r -> new TableModel(r.to(), table.columns(), table.primaryKey(), table.indexes(),
                    table.foreignKeys(), table.checks());
            case AddColumn a -> withColumns(table, append(table.columns(), a.column()));
            case DropColumn d -> dropColumn(table, d.column().name());
            case RenameColumn r -> renameColumn(table, r.from(), r.to());
            case AlterColumn a -> withColumns(table, table.columns().stream()
                    .map(c -> c.name().equals(a.to().name()) ? a.to() : c).toList());
            case ChangePrimaryKey p -> new TableModel(table.name(), table.columns(), p.to(), table.indexes(),
                    table.foreignKeys(), table.checks());
            case AddIndex a -> new TableModel(table.name(), table.columns(), table.primaryKey(),
                    append(table.indexes(), a.index()), table.foreignKeys(), table.checks());
            case DropIndex d -> new TableModel(table.name(), table.columns(), table.primaryKey(),
                    table.indexes().stream().filter(i -> !i.name().equals(d.index().name())).toList(),
                    table.foreignKeys(), table.checks());
            case RenameIndex r -> renameIndex(table, r.from(), r.to());
            case AddForeignKey a -> new TableModel(table.name(), table.columns(), table.primaryKey(), table.indexes(),
                    append(table.foreignKeys(), a.foreignKey()), table.checks());
            case DropForeignKey d -> new TableModel(table.name(), table.columns(), table.primaryKey(),
                    table.indexes(), table.foreignKeys().stream()
                    .filter(f -> !f.name().equals(d.foreignKey().name())).toList(), table.checks());
            case AddCheck a -> new TableModel(table.name(), table.columns(), table.primaryKey(), table.indexes(),
                    table.foreignKeys(), append(table.checks(), a.check()));
            case DropCheck d -> new TableModel(table.name(), table.columns(), table.primaryKey(), table.indexes(),
                    table.foreignKeys(), table.checks().stream().filter(c -> !c.name().equals(d.check().name()))
                    .toList());
        };
    }

    /** Whether a SQL fragment names {@code column} (as a bare or quoted identifier); errs on the side of yes. */
    public static boolean mentions(String sql, String column) {
        return sql != null && java.util.regex.Pattern.compile("(?<![A-Za-z0-9_$])"
                + java.util.regex.Pattern.quote(column) + "(?![A-Za-z0-9_$])", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(sql).find();
    }

    private static TableModel withColumns(TableModel t, List<ColumnModel> columns) {
        return new TableModel(t.name(), columns, t.primaryKey(), t.indexes(), t.foreignKeys(), t.checks());
    }

    private static TableModel dropColumn(TableModel t, String column) {
        return new TableModel(t.name(), t.columns().stream().filter(c -> !c.name().equals(column)).toList(),
                t.primaryKey().stream().filter(c -> !c.equals(column)).toList(),
                t.indexes().stream().filter(i -> !i.columns().contains(column) && !mentions(i.where(), column))
                        .toList(),
                t.foreignKeys().stream().filter(f -> !f.columns().contains(column)).toList(),
                t.checks().stream().filter(c -> !column.equals(c.column()) && !mentions(c.sql(), column)).toList());
    }

    private static TableModel renameColumn(TableModel t, String from, String to) {
        UnaryOperator<String> rename = c -> c.equals(from) ? to : c;
        UnaryOperator<String> renameInSql = sql -> sql == null ? null : sql.replace("\"" + from + "\"", "\"" + to + "\"");
        return new TableModel(t.name(),
                t.columns().stream().map(c -> c.name().equals(from)
                        ? new ColumnModel(to, c.type(), c.nullable(), c.defaultValue(), c.identity()) : c).toList(),
                t.primaryKey().stream().map(rename).toList(),
                t.indexes().stream().map(i -> new IndexModel(i.name(), i.keys().stream()
                        .map(k -> new IndexKey(rename.apply(k.column()), k.lowerCase())).toList(), i.unique(),
                        i.nullsDistinct(), renameInSql.apply(i.where()))).toList(),
                t.foreignKeys().stream().map(f -> new ForeignKeyModel(f.name(), f.columns().stream().map(rename)
                        .toList(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate())).toList(),
                t.checks().stream().map(c -> c.isOneOf()
                        ? CheckModel.oneOf(c.name(), rename.apply(c.column()), c.values())
                        : CheckModel.sql(c.name(), renameInSql.apply(c.sql()))).toList());
    }

    private static TableModel renameIndex(TableModel t, String from, String to) {
        return new TableModel(t.name(), t.columns(), t.primaryKey(),
                t.indexes().stream().map(i -> i.name().equals(from)
                        ? new IndexModel(to, i.keys(), i.unique(), i.nullsDistinct(), i.where()) : i).toList(),
                t.foreignKeys().stream().map(f -> f.name().equals(from) ? new ForeignKeyModel(to, f.columns(),
                        f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate()) : f).toList(),
                t.checks().stream().map(c -> c.name().equals(from) ? new CheckModel(to, c.column(), c.values(), c.sql())
                        : c).toList());
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
