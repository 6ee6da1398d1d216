package dev.ashlar.postgres.migration;

import dev.ashlar.postgres.PostgresDialect;
import static org.jooq.conf.ParamType.INLINED;
import static org.jooq.impl.DSL.name;

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
import dev.ashlar.migration.spi.MigrationPlanner;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.sql.DdlRenderer;
import dev.ashlar.sql.JdbcDataLayer;
import dev.ashlar.sql.plan.MigrationWalk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans PostgreSQL migrations as plain {@code ALTER}s, one or a few statements per operation, all transactional.
 * Tables are named as they are in the database when each statement runs ({@link MigrationWalk}); column changes
 * are rendered by {@link PostgresColumnChanges}.
 *
 * <p>A table rename also renames its primary key from {@code <old>_pkey} to {@code <new>_pkey}, so the
 * deterministic name the model implies stays true in later migrations; within one migration the planner follows the
 * primary key's actual name. A primary key it adds is named {@code <table>_pkey} after the table's name at the end
 * of the migration, as in {@code after}.
 */
final class PostgresMigrationPlanner implements MigrationPlanner {
    private final DdlRenderer ddl;
    private final PostgresColumnChanges columns;

    PostgresMigrationPlanner(PostgresDialect dialect) {
        this.ddl = new DdlRenderer(dialect, JdbcDataLayer.jooq(dialect));
        this.columns = new PostgresColumnChanges(dialect, ddl);
    }

    @Override
    public List<String> plan(SchemaModel before, SchemaModel after, List<MigrationOperation> operations) {
        Map<String, String> primaryKeys = new HashMap<>(); // table -> name of its primary-key constraint
        before.tables().values().forEach(t -> primaryKeys.put(t.name(), t.primaryKeyName()));
        List<String> sql = new ArrayList<>();
        for (MigrationWalk.Step step : MigrationWalk.of(before, operations)) {
            String t = step.table();
            switch (step.op()) {
                case CreateTable c -> {
                    sql.addAll(ddl.createTable(c.model()));
                    primaryKeys.put(t, c.model().primaryKeyName());
                }
                case DropTable d -> {
                    sql.add(ddl.dropTable(t));
                    primaryKeys.remove(t);
                }
                case RenameTable r -> {
                    sql.add(ddl.renameTable(t, r.to()));
                    String pk = primaryKeys.remove(t);
                    if ((t + "_pkey").equals(pk)) { // keep the deterministic name, so later migrations find it
                        sql.add(ddl.renameIndex(pk, r.to() + "_pkey"));
                        pk = r.to() + "_pkey";
                    }
                    primaryKeys.put(r.to(), pk);
                }
                case AddColumn a -> sql.addAll(columns.add(t, a.column(), a.backfill()));
                case DropColumn d -> sql.add(ddl.dropColumn(t, d.column().name()));
                case RenameColumn r -> sql.add(ddl.renameColumn(t, r.from(), r.to()));
                case AlterColumn a -> sql.addAll(columns.alter(t, a.from(), a.to(), a.backfill()));
                case ChangePrimaryKey p -> {
                    if (!p.from().isEmpty()) {
                        sql.add(ddl.dropConstraint(t, primaryKeys.getOrDefault(t, t + "_pkey")));
                    }
                    if (!p.to().isEmpty()) { // named for what the table is called once the migration has run
                        String name = (step.finalName() != null ? step.finalName() : t) + "_pkey";
                        sql.add(ddl.addPrimaryKey(t, name, p.to()));
                        primaryKeys.put(t, name);
                    }
                }
                case AddIndex a -> sql.add(ddl.createIndex(t, a.index()));
                case DropIndex d -> sql.add(ddl.dropIndex(d.index().name()));
                case RenameIndex r -> {
                    sql.add(renameIndex(t, step.before(), r.from(), r.to()));
                    if (r.from().equals(primaryKeys.get(t))) {
                        primaryKeys.put(t, r.to()); // renaming the index of a primary key renames the constraint
                    }
                }
                case AddForeignKey a -> sql.add(ddl.addForeignKey(t, a.foreignKey()));
                case DropForeignKey d -> sql.add(ddl.dropConstraint(t, d.foreignKey().name()));
                case AddCheck a -> sql.add(ddl.addCheck(t, a.check()));
                case DropCheck d -> sql.add(ddl.dropConstraint(t, d.check().name()));
            }
        }
        return List.copyOf(sql);
    }

    /**
     * {@code ALTER INDEX .. RENAME} (which renames a primary key's constraint with its index); foreign keys and
     * checks have no index and rename with {@code ALTER TABLE .. RENAME CONSTRAINT}.
     */
    private String renameIndex(String table, TableModel model, String from, String to) {
        boolean constraint = model.foreignKeys().stream().anyMatch(f -> f.name().equals(from))
                || model.checks().stream().anyMatch(c -> c.name().equals(from));
        return constraint
                ? ddl.jooq().alterTable(name(table)).renameConstraint(name(from)).to(name(to)).getSQL(INLINED)
                : ddl.jooq().alterIndex(name(from)).renameTo(name(to)).getSQL(INLINED);
    }
}
