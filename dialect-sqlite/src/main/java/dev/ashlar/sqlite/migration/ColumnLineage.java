package dev.ashlar.sqlite.migration;

import dev.ashlar.sqlite.DecimalText;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.keyword;
import static org.jooq.impl.DSL.name;

import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.sql.DdlRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;

/**
 * Where each column of a table being rebuilt takes its values from: a column the table has in the database (under
 * its current name there, following the renames of the migration) or nothing (a new column), plus the value that
 * replaces nulls when the column became required.
 */
final class ColumnLineage {
    /** @param original the column's name when the migration started, {@code null} for a new column */
    private record Source(String original, Object fill) {
        Source withFill(Object value) {
            return new Source(original, value);
        }
    }

    private final Map<String, ColumnModel> originals = new LinkedHashMap<>();
    private final Map<String, String> physical = new LinkedHashMap<>(); // original name -> name in the database now
    private final Map<String, Source> logical = new LinkedHashMap<>(); // column name in the model -> source

    ColumnLineage(TableModel table) {
        for (ColumnModel c : table.columns()) {
            originals.put(c.name(), c);
            physical.put(c.name(), c.name());
            logical.put(c.name(), new Source(c.name(), null));
        }
    }

    /** Existing rows get the default, else the backfill. */
    void added(ColumnModel column, Object backfill) {
        logical.put(column.name(), new Source(null, column.defaultValue() != null ? column.defaultValue() : backfill));
    }

    void dropped(String column) {
        logical.remove(column);
    }

    /** A column that became required: nulls are replaced by the backfill, else the new default. */
    void altered(ColumnModel from, ColumnModel to, Object backfill) {
        Object fill = backfill != null ? backfill : to.defaultValue();
        if (from.nullable() && !to.nullable() && fill != null) {
            logical.computeIfPresent(to.name(), (k, s) -> s.withFill(fill));
        }
    }

    /**
     * Records a rename; true when it can also run natively right now (the column exists in the database under
     * {@code from} and nothing there is called {@code to}). Running it natively lets SQLite rewrite other tables'
     * foreign keys that reference the column.
     */
    boolean renamed(String from, String to) {
        Source source = logical.remove(from);
        if (source == null) {
            return false;
        }
        logical.put(to, source);
        if (source.original() != null && from.equals(physical.get(source.original()))
                && !physical.containsValue(to)) {
            physical.put(source.original(), to);
            return true;
        }
        return false;
    }

    /**
     * The value of each column of {@code target} for the copied rows, by column name; columns with no source and no
     * fill are left out (they get their default, null, or a rowid).
     */
    Map<String, Field<?>> select(TableModel target, DdlRenderer ddl) {
        Map<String, Field<?>> values = new LinkedHashMap<>();
        for (ColumnModel column : target.columns()) {
            Source source = logical.get(column.name());
            if (source == null) {
                continue;
            }
            if (source.original() == null) {
                if (source.fill() != null) {
                    values.put(column.name(), ddl.literal(column, source.fill()));
                }
                continue;
            }
            Field<Object> old = converted(field(name(physical.get(source.original()))),
                    originals.get(source.original()), column, ddl);
            Object fill = source.fill() != null ? source.fill() : column.defaultValue();
            boolean nullsPossible = originals.get(source.original()).nullable();
            values.put(column.name(), !column.nullable() && nullsPossible && fill != null
                    ? coalesce(old, ddl.literal(column, fill)) : old);
        }
        return values;
    }

    /**
     * The old value in the new column's storage class. STRICT tables refuse a value of another class unless it
     * converts losslessly, so text and blob targets get a {@code CAST} (text to blob and back as UTF-8, an integer
     * to its text form), while an integer target gets the value as it is: SQLite converts integer text and refuses
     * anything else, where a {@code CAST} would turn {@code 'abc'} into 0. A decimal changing between decimal(p, s)
     * and the unconstrained decimal is rewritten to the new type's text form ({@link DecimalText}).
     */
    private static Field<Object> converted(Field<Object> old, ColumnModel was, ColumnModel now, DdlRenderer ddl) {
        Optional<Field<Object>> decimal = DecimalText.rewritten(old, was.type(), now.type());
        if (decimal.isPresent()) {
            return decimal.get();
        }
        String storage = ddl.typeSql(now);
        if (storage.equalsIgnoreCase(ddl.typeSql(was)) || storage.equalsIgnoreCase("integer")) {
            return old;
        }
        return field("cast({0} as {1})", Object.class, old, keyword(storage));
    }
}
