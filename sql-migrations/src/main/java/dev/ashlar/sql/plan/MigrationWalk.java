package dev.ashlar.sql.plan;

import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationOperation.CreateTable;
import dev.ashlar.migration.spi.MigrationOperation.RenameTable;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.schema.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a migration's operations in order and says, for each, which table it works on under the name that table has
 * in the database at that moment, and what the table looks like just before and just after it.
 *
 * <p>An operation may name its table by a name the table only gets, or no longer has, because of a
 * {@link RenameTable} elsewhere in the same migration (a diff names every change of a renamed table by its new
 * name, even those ordered before the rename; the down migration then names them by a name that is gone). Such a
 * name is followed through the migration's renames to the table it means.
 */
public final class MigrationWalk {

    /**
     * @param table     the table's name in the database when {@code op} runs (for a rename: the old name)
     * @param before    the table just before {@code op}, {@code null} for a create
     * @param after     the table just after {@code op}, {@code null} for a drop
     * @param finalName the table's name once the whole migration has run, {@code null} when it drops the table
     */
    public record Step(int index, MigrationOperation op, String table, TableModel before, TableModel after,
                       String finalName) {
    }

    /** One table across the renames of the migration. */
    private static final class Lineage {
        String name;

        Lineage(String name) {
            this.name = name;
        }
    }

    private MigrationWalk() {
    }

    public static List<Step> of(SchemaModel start, List<MigrationOperation> operations) {
        Map<String, TableModel> live = new LinkedHashMap<>(start.tables());
        Map<String, Lineage> lineages = new LinkedHashMap<>();
        start.tables().keySet().forEach(name -> lineages.put(name, new Lineage(name)));
        List<Object[]> walked = new ArrayList<>(); // op index, table, before, after, lineage
        for (int i = 0; i < operations.size(); i++) {
            MigrationOperation op = operations.get(i);
            String table;
            if (op instanceof CreateTable c) {
                table = c.model().name();
                if (live.containsKey(table)) {
                    throw new MigrationException(op.describe() + ": table " + table + " already exists at that point");
                }
                lineages.put(table, new Lineage(table));
            } else {
                String named = op instanceof RenameTable r ? r.from() : op.table();
                table = resolve(named, i, operations, live, op);
            }
            TableModel before = op instanceof CreateTable ? null : live.get(table);
            TableModel after = TableModelChanges.apply(before, op);
            Lineage lineage = lineages.remove(table);
            live.remove(table);
            if (after != null) {
                live.put(after.name(), after);
                lineage.name = after.name();
                lineages.put(after.name(), lineage);
            } else {
                lineage.name = null;
            }
            walked.add(new Object[] {table, before, after, lineage});
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < walked.size(); i++) {
            Object[] w = walked.get(i);
            steps.add(new Step(i, operations.get(i), (String) w[0], (TableModel) w[1], (TableModel) w[2],
                    ((Lineage) w[3]).name));
        }
        return steps;
    }

    private static String resolve(String name, int at, List<MigrationOperation> ops, Map<String, TableModel> live,
                                  MigrationOperation op) {
        if (live.containsKey(name)) {
            return name;
        }
        String past = followPastRenames(name, at, ops);
        if (past != null && live.containsKey(past)) {
            return past;
        }
        String ahead = followFutureRenames(name, at, ops);
        if (ahead != null && live.containsKey(ahead)) {
            return ahead;
        }
        throw new MigrationException(op.describe() + ": there is no table " + name + " at that point of the migration");
    }

    /** The table that was called {@code name} earlier in the migration, under its name at {@code at}. */
    private static String followPastRenames(String name, int at, List<MigrationOperation> ops) {
        for (int j = at - 1; j >= 0; j--) {
            if (ops.get(j) instanceof RenameTable r && r.from().equals(name)) {
                String current = r.to();
                for (int k = j + 1; k < at; k++) {
                    if (ops.get(k) instanceof RenameTable later && later.from().equals(current)) {
                        current = later.to();
                    }
                }
                return current;
            }
        }
        return null;
    }

    /** The table that will be called {@code name} later in the migration, under its name at {@code at}. */
    private static String followFutureRenames(String name, int at, List<MigrationOperation> ops) {
        for (int j = at + 1; j < ops.size(); j++) {
            if (ops.get(j) instanceof RenameTable r && r.to().equals(name)) {
                String current = r.from();
                for (int k = j - 1; k > at; k--) {
                    if (ops.get(k) instanceof RenameTable earlier && earlier.to().equals(current)) {
                        current = earlier.from();
                    }
                }
                return current;
            }
        }
        return null;
    }
}
