package dev.ashlar.spi;

import dev.ashlar.schema.TableModel;
import java.util.List;

/** Schema work for one repo: render and run the DDL for a dialect-neutral model. */
public interface SchemaManager {

    /** The statements creating {@code table} with its indexes, rendered for this dialect with inlined literals. */
    List<String> createStatements(TableModel table);

    /** Creates the tables (in the given order) in one transaction. */
    void create(List<TableModel> tables);

    /**
     * The live schema read back from the database (catalogs / pragmas, never jOOQ's meta), normalised to the same
     * model the declarations produce, so that it can be compared with {@link dev.ashlar.schema.SchemaBuilder}'s.
     */
    dev.ashlar.schema.SchemaModel introspect();

    /**
     * What {@link #introspect()} returns for a database created from {@code declared}: the declared model at the
     * storage level of this dialect (SQLite keeps only TEXT/INTEGER/BLOB, PostgreSQL keeps one text type, checks
     * compare by name). The TCK asserts {@code introspect().equals(expectedIntrospection(declared))}.
     */
    dev.ashlar.schema.SchemaModel expectedIntrospection(dev.ashlar.schema.SchemaModel declared);

    /** Names of the tables that exist in the repo (excluding the data layer's own bookkeeping tables). */
    List<String> tableNames();
}
