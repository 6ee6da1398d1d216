package dev.ashlar.migration.spi;

import dev.ashlar.schema.SchemaModel;
import java.util.List;

/**
 * Plans the SQL of a migration for one dialect, offline (no connection). Statements are rendered with inlined
 * literals and are meant to run in order inside one transaction, with foreign-key enforcement off on dialects that
 * need it for table rebuilds (SQLite); the runner checks foreign keys afterwards.
 */
public interface MigrationPlanner {

    /**
     * The statements that take a repo from {@code before} to {@code after} by applying {@code operations} in
     * order. {@code after} is what {@code before} becomes once every operation is applied.
     */
    List<String> plan(SchemaModel before, SchemaModel after, List<MigrationOperation> operations);
}
