package dev.ashlar.sqlite.migration;

import static org.jooq.conf.ParamType.INLINED;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.sql.DdlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jooq.Field;

/**
 * SQLite's table rebuild (<a href="https://www.sqlite.org/lang_altertable.html#otheralter">the 12 steps</a>):
 * create {@code new_t} as the table should be, copy the rows, drop {@code t}, rename {@code new_t} to {@code t},
 * re-create the indexes. The old table is never renamed first: SQLite would re-point the foreign keys of child
 * tables at the renamed table. Dropping the parent must not cascade to children, which holds because the runner's
 * connection has foreign-key enforcement off (a {@code PRAGMA} inside the migration's transaction is a no-op).
 */
final class TableRebuild {
    private final DdlRenderer ddl;
    private final BiFunction<String, IndexModel, String> createIndex;

    TableRebuild(DdlRenderer ddl, BiFunction<String, IndexModel, String> createIndex) {
        this.ddl = ddl;
        this.createIndex = createIndex;
    }

    /**
     * @param table     the table's name in the database, kept
     * @param temporary a free name for the new table
     * @param target    the table as it should be (its name is {@code table})
     */
    List<String> statements(String table, String temporary, TableModel target, ColumnLineage lineage) {
        List<String> sql = new ArrayList<>();
        sql.add(ddl.createTableStatement(target, temporary));
        Map<String, Field<?>> values = lineage.select(target, ddl);
        if (!values.isEmpty()) {
            List<Field<?>> columns = values.keySet().stream().<Field<?>>map(c -> field(name(c))).toList();
            sql.add(ddl.jooq().insertInto(table(name(temporary)), columns)
                    .select(ddl.jooq().select(values.values()).from(table(name(table)))).getSQL(INLINED));
        }
        sql.add(ddl.dropTable(table));
        sql.add(ddl.renameTable(temporary, table));
        for (IndexModel index : target.indexes()) {
            sql.add(createIndex.apply(table, index));
        }
        return sql;
    }
}
