package dev.ashlar.migration;

import dev.ashlar.migration.spi.MigrationException;
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
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Diffs two schema models into ordered operations. Order: drop foreign keys, checks and indexes that go or change;
 * drop primary keys that change; rename tables and then indexes; create tables (parents first); rename, add and
 * alter columns; drop columns; add the changed primary keys; add indexes, then foreign keys (so they can target new
 * unique indexes and keys), then checks; drop tables (children first).
 *
 * <p>A primary key change is two operations, a drop before the column changes and an add after them: a column
 * leaving the key may become nullable only once the key is gone, and one joining it must exist and be required
 * first. A foreign key that references the changed key references the new key columns, so it changes too: it is
 * dropped before the key and re-added after. The down migration, the inverses in reverse order, keeps that order.
 *
 * <p>A change to one thing never drops and re-creates another: an index whose only change is its name is renamed.
 */
final class SchemaDiff {
    private final RenameHints hints;
    private final Decisions decisions;

    private final List<MigrationOperation> dropForeignKeys = new ArrayList<>();
    private final List<MigrationOperation> dropChecks = new ArrayList<>();
    private final List<MigrationOperation> dropIndexes = new ArrayList<>();
    private final List<MigrationOperation> dropPrimaryKeys = new ArrayList<>();
    private final List<MigrationOperation> renameTables = new ArrayList<>();
    private final List<MigrationOperation> renameIndexes = new ArrayList<>();
    private final List<MigrationOperation> createTables = new ArrayList<>();
    private final List<MigrationOperation> columnChanges = new ArrayList<>();
    private final List<MigrationOperation> dropColumns = new ArrayList<>();
    private final List<MigrationOperation> addPrimaryKeys = new ArrayList<>();
    private final List<MigrationOperation> addIndexes = new ArrayList<>();
    private final List<MigrationOperation> addForeignKeys = new ArrayList<>();
    private final List<MigrationOperation> addChecks = new ArrayList<>();
    private final List<MigrationOperation> dropTables = new ArrayList<>();
    private final Set<String> declinedDrops = new LinkedHashSet<>();
    /** Renames decided so far, to follow references: old table -> new table, and per new table old column -> new. */
    private final Map<String, String> tableRenames = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> columnRenamesByTable = new LinkedHashMap<>();

    /** The operations, and the removed tables the user chose to keep. */
    record Result(List<MigrationOperation> operations, Set<String> declinedDrops) {
    }

    private SchemaDiff(RenameHints hints, Decisions decisions) {
        this.hints = hints;
        this.decisions = decisions;
    }

    /**
     * @param before tables as of the latest snapshots
     * @param after  tables as declared now, parents first
     */
    static Result diff(Map<String, TableModel> before, List<TableModel> after, RenameHints hints, Decisions decisions) {
        SchemaDiff diff = new SchemaDiff(hints, decisions);
        diff.run(before, after);
        List<MigrationOperation> all = new ArrayList<>();
        for (List<MigrationOperation> bucket : List.of(diff.dropForeignKeys, diff.dropChecks, diff.dropIndexes,
                diff.dropPrimaryKeys, diff.renameTables, diff.renameIndexes, diff.createTables, diff.columnChanges,
                diff.dropColumns, diff.addPrimaryKeys, diff.addIndexes, diff.addForeignKeys, diff.addChecks,
                diff.dropTables)) {
            all.addAll(bucket);
        }
        return new Result(List.copyOf(all), diff.declinedDrops);
    }

    private void run(Map<String, TableModel> before, List<TableModel> after) {
        Map<String, TableModel> remaining = new LinkedHashMap<>(before);
        Map<String, TableModel> afterByName = new LinkedHashMap<>();
        after.forEach(t -> afterByName.put(t.name(), t));
        List<TableModel> added = new ArrayList<>();
        Map<String, TableModel> matched = new LinkedHashMap<>(); // new name -> old model
        for (TableModel table : after) {
            if (remaining.containsKey(table.name())) {
                matched.put(table.name(), remaining.remove(table.name()));
            } else {
                added.add(table);
            }
        }
        resolveTableRenames(remaining, added, matched);
        for (TableModel table : after) {
            TableModel old = matched.get(table.name());
            if (old == null) {
                createTables.add(new CreateTable(table));
            } else {
                diffTable(old, table);
            }
        }
        dropRemovedTables(remaining);
    }

    private void resolveTableRenames(Map<String, TableModel> removed, List<TableModel> added,
                                     Map<String, TableModel> matched) {
        for (TableModel table : new ArrayList<>(added)) {
            String from = hints.tableRenamedFrom().get(table.name());
            if (from != null && removed.containsKey(from)) {
                renameTables.add(new RenameTable(from, table.name()));
                tableRenames.put(from, table.name());
                matched.put(table.name(), removed.remove(from));
                added.remove(table);
            }
        }
        for (String old : new ArrayList<>(removed.keySet())) {
            List<String> candidates = added.stream().map(TableModel::name).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            Optional<String> to = decisions.renamedTable(old, candidates);
            if (to.isPresent()) {
                TableModel target = added.stream().filter(t -> t.name().equals(to.get())).findFirst().orElseThrow();
                renameTables.add(new RenameTable(old, target.name()));
                tableRenames.put(old, target.name());
                matched.put(target.name(), removed.remove(old));
                added.remove(target);
            }
        }
    }

    private void dropRemovedTables(Map<String, TableModel> removed) {
        List<TableModel> dropping = new ArrayList<>();
        for (TableModel table : removed.values()) {
            if (decisions.dropTable(table.name())) {
                dropping.add(table);
            } else {
                declinedDrops.add(table.name());
            }
        }
        for (TableModel table : DropOrder.childrenFirst(dropping)) {
            dropTables.add(new DropTable(table));
        }
    }

    private void diffTable(TableModel old, TableModel now) {
        String table = now.name();
        Map<String, String> renames = columnRenames(old, now);
        Map<String, String> oldToNew = new LinkedHashMap<>();
        renames.forEach((to, from) -> oldToNew.put(from, to));
        columnRenamesByTable.put(table, oldToNew);
        Map<String, ColumnModel> oldColumns = new LinkedHashMap<>();
        old.columns().forEach(c -> oldColumns.put(c.name(), c));
        for (ColumnModel column : now.columns()) {
            String from = renames.getOrDefault(column.name(), column.name());
            ColumnModel previous = oldColumns.remove(from);
            if (previous == null) {
                columnChanges.add(addColumn(table, column));
                continue;
            }
            if (!from.equals(column.name())) {
                columnChanges.add(new RenameColumn(table, from, column.name()));
                previous = new ColumnModel(column.name(), previous.type(), previous.nullable(),
                        previous.defaultValue(), previous.identity());
            }
            if (!sameColumn(previous, column)) {
                columnChanges.add(alterColumn(table, previous, column));
            }
        }
        for (ColumnModel gone : oldColumns.values()) {
            if (!decisions.dropColumn(table, gone.name())) {
                throw new MigrationException("codegen cancelled: column " + table + "." + gone.name() + " was kept");
            }
            dropColumns.add(new DropColumn(table, gone));
        }
        List<String> oldPk = old.primaryKey().stream().map(c -> renamedTo(renames, c)).toList();
        if (!oldPk.equals(now.primaryKey())) { // the drop names table and columns as they are before any rename
            dropPrimaryKeys.add(new ChangePrimaryKey(old.name(), old.primaryKey(), List.of()));
            addPrimaryKeys.add(new ChangePrimaryKey(table, List.of(), now.primaryKey()));
        }
        diffIndexes(old.name(), table, old.indexes(), now.indexes(), renames);
        diffForeignKeys(old.name(), table, old.foreignKeys(), now.foreignKeys());
        diffChecks(old.name(), table, old.checks(), now.checks());
    }

    /** new column name -> old column name, from hints, then from answered questions. */
    private Map<String, String> columnRenames(TableModel old, TableModel now) {
        Map<String, String> renames = new LinkedHashMap<>();
        Set<String> oldNames = new LinkedHashSet<>();
        old.columns().forEach(c -> oldNames.add(c.name()));
        Set<String> newNames = new LinkedHashSet<>();
        now.columns().forEach(c -> newNames.add(c.name()));
        for (String column : newNames) {
            Optional<String> from = hints.columnRenamedFrom(now.name(), column);
            if (from.isPresent() && oldNames.contains(from.get()) && !newNames.contains(from.get())
                    && !oldNames.contains(column)) {
                renames.put(column, from.get());
            }
        }
        List<String> removed = oldNames.stream().filter(n -> !newNames.contains(n) && !renames.containsValue(n)).toList();
        List<String> added = new ArrayList<>(newNames.stream()
                .filter(n -> !oldNames.contains(n) && !renames.containsKey(n)).toList());
        for (String gone : removed) {
            if (added.isEmpty()) {
                break;
            }
            Optional<String> to = decisions.renamedColumn(now.name(), gone, List.copyOf(added));
            if (to.isPresent()) {
                renames.put(to.get(), gone);
                added.remove(to.get());
            }
        }
        return renames;
    }

    private AddColumn addColumn(String table, ColumnModel column) {
        if (column.nullable() || column.defaultValue() != null || column.identity()) {
            return new AddColumn(table, column, null);
        }
        Object backfill = hints.backfill(table, column.name());
        if (backfill == null) {
            throw new MigrationException("cannot add required column " + table + "." + column.name()
                    + ": the table may hold rows, which need a value. Declare a default (.defaultTo(...)) or a "
                    + "backfill (.backfill(...)) on attribute " + column.name() + " of " + hints.owner(table)
                    + ", or allow nil.");
        }
        return new AddColumn(table, column, backfill);
    }

    private AlterColumn alterColumn(String table, ColumnModel from, ColumnModel to) {
        TypeConversions.refusal(from.type(), to.type()).ifPresent(why -> {
            throw new MigrationException("cannot change " + table + "." + to.name() + " (attribute " + to.name()
                    + " of " + hints.owner(table) + "): " + why + ".");
        });
        Object backfill = null;
        if (from.nullable() && !to.nullable()) {
            backfill = hints.backfill(table, to.name());
            if (backfill == null && to.defaultValue() == null) {
                throw new MigrationException("cannot make " + table + "." + to.name() + " required: existing rows "
                        + "may hold nil. Declare a default (.defaultTo(...)) or a backfill (.backfill(...)) on "
                        + "attribute " + to.name() + " of " + hints.owner(table) + ".");
            }
        }
        return new AlterColumn(table, from, to, backfill);
    }

    /** Drops run before table renames, so they name the table as it was; adds and renames as it will be. */
    private void diffIndexes(String oldTable, String table, List<IndexModel> old, List<IndexModel> now,
                             Map<String, String> renames) {
        List<IndexModel> remaining = new ArrayList<>(old.stream().map(i -> renameKeys(i, renames)).toList());
        for (IndexModel index : now) {
            Optional<IndexModel> same = remaining.stream().filter(i -> i.equals(index)).findFirst();
            if (same.isPresent()) {
                remaining.remove(same.get());
                continue;
            }
            Optional<IndexModel> renamed = remaining.stream()
                    .filter(i -> sameDefinition(i, index) && now.stream().noneMatch(n -> n.name().equals(i.name())))
                    .findFirst();
            if (renamed.isPresent()) {
                remaining.remove(renamed.get());
                renameIndexes.add(new RenameIndex(table, renamed.get().name(), index.name()));
                continue;
            }
            addIndexes.add(new AddIndex(table, index));
        }
        for (IndexModel gone : remaining) {
            dropIndexes.add(new DropIndex(oldTable, originalIndex(old, gone)));
        }
    }

    /**
     * A foreign key whose referenced table or columns were only renamed is unchanged: both databases re-point
     * references when a table or column is renamed, so it is neither dropped nor re-added.
     */
    private void diffForeignKeys(String oldTable, String table, List<ForeignKeyModel> old, List<ForeignKeyModel> now) {
        List<ForeignKeyModel> followed = old.stream().map(this::followRenames).toList();
        for (ForeignKeyModel fk : now) {
            if (!followed.contains(fk)) {
                addForeignKeys.add(new AddForeignKey(table, fk));
            }
        }
        for (int i = 0; i < old.size(); i++) {
            ForeignKeyModel fk = old.get(i);
            if (!now.contains(fk) && !now.contains(followed.get(i))) {
                dropForeignKeys.add(new DropForeignKey(oldTable, fk));
            }
        }
    }

    private void diffChecks(String oldTable, String table, List<CheckModel> old, List<CheckModel> now) {
        for (CheckModel check : now) {
            if (!old.contains(check)) {
                addChecks.add(new AddCheck(table, check));
            }
        }
        for (CheckModel check : old) {
            if (!now.contains(check)) {
                dropChecks.add(new DropCheck(oldTable, check));
            }
        }
    }

    private ForeignKeyModel followRenames(ForeignKeyModel fk) {
        String table = tableRenames.getOrDefault(fk.referencedTable(), fk.referencedTable());
        Map<String, String> columns = columnRenamesByTable.getOrDefault(table, Map.of());
        return new ForeignKeyModel(fk.name(), fk.columns(), table,
                fk.referencedColumns().stream().map(c -> columns.getOrDefault(c, c)).toList(), fk.onDelete(),
                fk.onUpdate());
    }

    private static IndexModel renameKeys(IndexModel index, Map<String, String> renames) {
        return new IndexModel(index.name(), index.keys().stream()
                .map(k -> new dev.ashlar.schema.IndexKey(renamedTo(renames, k.column()), k.lowerCase())).toList(),
                index.unique(), index.nullsDistinct(), index.where());
    }

    private static IndexModel originalIndex(List<IndexModel> old, IndexModel renamedKeys) {
        return old.stream().filter(i -> i.name().equals(renamedKeys.name())).findFirst().orElse(renamedKeys);
    }

    private static String renamedTo(Map<String, String> renames, String oldName) {
        return renames.entrySet().stream().filter(e -> e.getValue().equals(oldName)).map(Map.Entry::getKey)
                .findFirst().orElse(oldName);
    }

    private static boolean sameDefinition(IndexModel a, IndexModel b) {
        return a.keys().equals(b.keys()) && a.unique() == b.unique() && a.nullsDistinct() == b.nullsDistinct()
                && Objects.equals(a.where(), b.where());
    }

    static boolean sameColumn(ColumnModel a, ColumnModel b) {
        return a.equals(b);
    }
}
