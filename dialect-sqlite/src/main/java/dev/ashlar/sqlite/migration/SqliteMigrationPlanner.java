package dev.ashlar.sqlite.migration;

import dev.ashlar.sqlite.DecimalText;
import dev.ashlar.sqlite.SqliteDialect;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.ashlar.error.UnsupportedCapabilityException;
import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationOperation.AddColumn;
import dev.ashlar.migration.spi.MigrationOperation.AddIndex;
import dev.ashlar.migration.spi.MigrationOperation.AlterColumn;
import dev.ashlar.migration.spi.MigrationOperation.ChangePrimaryKey;
import dev.ashlar.migration.spi.MigrationOperation.CreateTable;
import dev.ashlar.migration.spi.MigrationOperation.DropColumn;
import dev.ashlar.migration.spi.MigrationOperation.DropIndex;
import dev.ashlar.migration.spi.MigrationOperation.DropTable;
import dev.ashlar.migration.spi.MigrationOperation.RenameColumn;
import dev.ashlar.migration.spi.MigrationOperation.RenameIndex;
import dev.ashlar.migration.spi.MigrationOperation.RenameTable;
import dev.ashlar.migration.spi.MigrationPlanner;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.spi.Capability;
import dev.ashlar.sql.DdlRenderer;
import dev.ashlar.sql.JdbcDataLayer;
import dev.ashlar.sql.plan.MigrationWalk;
import dev.ashlar.sql.plan.MigrationWalk.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.conf.ParamType;

/**
 * Plans SQLite migrations: native {@code ALTER}s where SQLite has them ({@link SqliteAlterLimits}), otherwise one
 * {@link TableRebuild} per table for the whole migration.
 *
 * <p>When any operation on a table needs a rebuild, every other change to that table is folded into the rebuild,
 * which builds the table as {@code after} declares it, in the place of the table's last operation. Table renames,
 * creates and drops still run where they stand, and so do column renames that are valid at that point, so that
 * SQLite rewrites the foreign keys of other tables that name the table or column. Tables dropped by the
 * migration are never rebuilt.
 */
final class SqliteMigrationPlanner implements MigrationPlanner {
    private final DdlRenderer ddl;
    private final SqliteAlterLimits limits;
    private final TableRebuild rebuild;

    SqliteMigrationPlanner(SqliteDialect dialect) {
        this.ddl = new DdlRenderer(dialect, JdbcDataLayer.jooq(dialect));
        this.limits = new SqliteAlterLimits(dialect, ddl);
        this.rebuild = new TableRebuild(ddl, this::createIndex);
    }

    /** One table over the migration, across its renames. */
    private static final class Tracked {
        final ColumnLineage lineage;
        boolean rebuild;
        boolean dropped;
        int lastStep;

        Tracked(TableModel initial) {
            this.lineage = new ColumnLineage(initial);
        }
    }

    @Override
    public List<String> plan(SchemaModel before, SchemaModel after, List<MigrationOperation> operations) {
        List<Step> steps = MigrationWalk.of(before, operations);
        List<Tracked> owners = track(before, steps);
        Set<String> live = new HashSet<>(before.tables().keySet());
        List<String> sql = new ArrayList<>();
        for (Step step : steps) {
            Tracked table = owners.get(step.index());
            if (!table.rebuild) {
                sql.addAll(nativeStatements(step));
            } else {
                sql.addAll(foldIntoRebuild(step, table.lineage));
            }
            live.remove(step.table());
            if (step.after() != null) {
                live.add(step.after().name());
            }
            if (table.rebuild && !table.dropped && table.lastStep == step.index()) {
                String name = step.after().name();
                TableModel target = after.table(name).orElse(step.after());
                target.indexes().forEach(SqliteMigrationPlanner::requireNullsDistinct);
                sql.addAll(rebuild.statements(name, freeName("new_" + name, live), target, table.lineage));
            }
        }
        return List.copyOf(sql);
    }

    /** Which table each step works on, and which tables need a rebuild. */
    private List<Tracked> track(SchemaModel before, List<Step> steps) {
        Map<String, Tracked> live = new LinkedHashMap<>();
        before.tables().forEach((name, model) -> live.put(name, new Tracked(model)));
        List<Tracked> owners = new ArrayList<>();
        for (Step step : steps) {
            Tracked table = step.op() instanceof CreateTable c ? new Tracked(c.model()) : live.remove(step.table());
            if (step.after() != null) {
                live.put(step.after().name(), table);
            } else {
                table.dropped = true;
            }
            table.lastStep = step.index();
            table.rebuild |= step.before() != null && limits.needsRebuild(step.op(), step.before());
            owners.add(table);
        }
        return owners;
    }

    private List<String> nativeStatements(Step step) {
        String t = step.table();
        return switch (step.op()) {
            case CreateTable c -> {
                c.model().indexes().forEach(SqliteMigrationPlanner::requireNullsDistinct);
                yield ddl.createTable(c.model());
            }
            case DropTable d -> List.of(ddl.dropTable(t));
            case RenameTable r -> List.of(ddl.renameTable(t, r.to()));
            case AddColumn a -> a.column().nullable() && a.column().defaultValue() == null && a.backfill() != null
                    ? List.of(ddl.addColumn(t, a.column()), ddl.fill(t, a.column(), a.backfill(), true))
                    : List.of(ddl.addColumn(t, a.column()));
            case DropColumn d -> List.of(ddl.dropColumn(t, d.column().name()));
            case RenameColumn r -> List.of(ddl.renameColumn(t, r.from(), r.to()));
            case AlterColumn a -> rewrittenDecimals(t, a); // else only the logical type changed
            case ChangePrimaryKey p -> List.of(); // unchanged
            case AddIndex a -> List.of(createIndex(t, a.index()));
            case DropIndex d -> List.of(ddl.dropIndex(d.index().name()));
            case RenameIndex r -> { // SQLite has no ALTER INDEX
                IndexModel index = step.before().indexes().stream().filter(i -> i.name().equals(r.from()))
                        .findFirst().orElseThrow();
                yield List.of(ddl.dropIndex(r.from()), createIndex(t,
                        new IndexModel(r.to(), index.keys(), index.unique(), index.nullsDistinct(), index.where())));
            }
            default -> throw new IllegalStateException("needs a table rebuild: " + step.op().describe());
        };
    }

    /** Records a change the rebuild will make; returns what still runs now (table and valid column renames). */
    private List<String> foldIntoRebuild(Step step, ColumnLineage lineage) {
        String t = step.table();
        switch (step.op()) {
            case CreateTable c -> {
                return ddl.createTable(c.model()).subList(0, 1); // its indexes come with the rebuild
            }
            case DropTable d -> {
                return List.of(ddl.dropTable(t));
            }
            case RenameTable r -> {
                return List.of(ddl.renameTable(t, r.to()));
            }
            case RenameColumn r -> {
                return lineage.renamed(r.from(), r.to()) ? List.of(ddl.renameColumn(t, r.from(), r.to())) : List.of();
            }
            case AddColumn a -> lineage.added(a.column(), a.backfill());
            case DropColumn d -> lineage.dropped(d.column().name());
            case AlterColumn a -> lineage.altered(a.from(), a.to(), a.backfill());
            default -> {
                // indexes, keys and checks: the rebuilt table has them as declared
            }
        }
        return List.of();
    }

    /** A decimal changing between decimal(p, s) and unconstrained keeps its storage but not its text form. */
    private List<String> rewrittenDecimals(String table, AlterColumn change) {
        Field<Object> column = field(name(change.to().name()));
        return DecimalText.rewritten(column, change.from().type(), change.to().type())
                .map(value -> ddl.jooq().update(table(name(table))).set(Map.of(column, value)).getSQL(ParamType.INLINED))
                .stream().toList();
    }

    private String createIndex(String table, IndexModel index) {
        requireNullsDistinct(index);
        return ddl.createIndex(table, index);
    }

    /** SQLite's unique indexes always treat nulls as distinct. */
    private static void requireNullsDistinct(IndexModel index) {
        if (index.unique() && !index.nullsDistinct()) {
            throw new UnsupportedCapabilityException(Capability.NULLS_NOT_DISTINCT.name(), SqliteDialect.ID);
        }
    }

    private static String freeName(String wanted, Set<String> taken) {
        String name = wanted;
        for (int i = 1; taken.contains(name); i++) {
            name = wanted + "_" + i;
        }
        return name;
    }
}
