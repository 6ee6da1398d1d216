package dev.ashlar.migration.spi;

import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import java.util.List;

/**
 * One schema change. Each operation carries enough to be inverted (a dropped column carries its whole definition),
 * so the down migration is the inverses in reverse order. {@link #destructive()} marks operations that lose data.
 */
public sealed interface MigrationOperation {

    /** The table the operation works on (for a rename: the new name). */
    String table();

    /** True when applying it can lose stored data. */
    default boolean destructive() {
        return false;
    }

    /** The operation that undoes this one. */
    MigrationOperation inverse();

    /** One line for headers and logs, e.g. {@code drop column products.price}. */
    String describe();

    record CreateTable(TableModel model) implements MigrationOperation {
        public String table() { return model.name(); }
        public MigrationOperation inverse() { return new DropTable(model); }
        public String describe() { return "create table " + model.name(); }
    }

    record DropTable(TableModel model) implements MigrationOperation {
        public String table() { return model.name(); }
        public boolean destructive() { return true; }
        public MigrationOperation inverse() { return new CreateTable(model); }
        public String describe() { return "drop table " + model.name(); }
    }

    record RenameTable(String from, String to) implements MigrationOperation {
        public String table() { return to; }
        public MigrationOperation inverse() { return new RenameTable(to, from); }
        public String describe() { return "rename table " + from + " to " + to; }
    }

    /**
     * @param backfill the value existing rows get when the column is required and has no default, or {@code null}
     */
    record AddColumn(String table, ColumnModel column, Object backfill) implements MigrationOperation {
        public MigrationOperation inverse() { return new DropColumn(table, column); }
        public String describe() { return "add column " + table + "." + column.name(); }
    }

    /** Its inverse re-adds the column; rows get its default, or the type's zero value when it is required. */
    record DropColumn(String table, ColumnModel column) implements MigrationOperation {
        public boolean destructive() { return true; }
        public MigrationOperation inverse() {
            boolean needsValue = !column.nullable() && column.defaultValue() == null && !column.identity();
            return new AddColumn(table, column, needsValue ? ZeroValues.of(column.type()) : null);
        }
        public String describe() { return "drop column " + table + "." + column.name(); }
    }

    record RenameColumn(String table, String from, String to) implements MigrationOperation {
        public MigrationOperation inverse() { return new RenameColumn(table, to, from); }
        public String describe() { return "rename column " + table + "." + from + " to " + to; }
    }

    /**
     * A change of type, nullability or default of one column.
     *
     * @param backfill for a column becoming required: the value that replaces nulls, or {@code null} to use the
     *                 new default
     */
    record AlterColumn(String table, ColumnModel from, ColumnModel to, Object backfill) implements MigrationOperation {
        /** A type change that can fail or lose precision (any change but a widening one). */
        public boolean destructive() {
            return !from.type().equals(to.type()) && !TypeWidening.isWidening(from.type(), to.type());
        }
        public MigrationOperation inverse() { return new AlterColumn(table, to, from, null); }
        public String describe() {
            return "alter column " + table + "." + to.name() + " (" + from.type() + (from.nullable() ? " null" : " not null")
                    + " -> " + to.type() + (to.nullable() ? " null" : " not null") + ")";
        }
    }

    /** Replaces the primary key; an empty {@code from} only adds one, an empty {@code to} only drops it. */
    record ChangePrimaryKey(String table, List<String> from, List<String> to) implements MigrationOperation {
        public ChangePrimaryKey {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
        public MigrationOperation inverse() { return new ChangePrimaryKey(table, to, from); }
        public String describe() {
            if (to.isEmpty()) {
                return "drop primary key of " + table + " " + from;
            }
            return from.isEmpty() ? "add primary key of " + table + " " + to
                    : "change primary key of " + table + " " + from + " -> " + to;
        }
    }

    record AddIndex(String table, IndexModel index) implements MigrationOperation {
        public MigrationOperation inverse() { return new DropIndex(table, index); }
        public String describe() { return "add " + (index.unique() ? "unique " : "") + "index " + index.name(); }
    }

    record DropIndex(String table, IndexModel index) implements MigrationOperation {
        public MigrationOperation inverse() { return new AddIndex(table, index); }
        public String describe() { return "drop index " + index.name(); }
    }

    record RenameIndex(String table, String from, String to) implements MigrationOperation {
        public MigrationOperation inverse() { return new RenameIndex(table, to, from); }
        public String describe() { return "rename index " + from + " to " + to; }
    }

    record AddForeignKey(String table, ForeignKeyModel foreignKey) implements MigrationOperation {
        public MigrationOperation inverse() { return new DropForeignKey(table, foreignKey); }
        public String describe() { return "add foreign key " + foreignKey.name(); }
    }

    record DropForeignKey(String table, ForeignKeyModel foreignKey) implements MigrationOperation {
        public MigrationOperation inverse() { return new AddForeignKey(table, foreignKey); }
        public String describe() { return "drop foreign key " + foreignKey.name(); }
    }

    record AddCheck(String table, CheckModel check) implements MigrationOperation {
        public MigrationOperation inverse() { return new DropCheck(table, check); }
        public String describe() { return "add check " + check.name(); }
    }

    record DropCheck(String table, CheckModel check) implements MigrationOperation {
        public MigrationOperation inverse() { return new AddCheck(table, check); }
        public String describe() { return "drop check " + check.name(); }
    }
}
