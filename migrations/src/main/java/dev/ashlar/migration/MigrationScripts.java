package dev.ashlar.migration;

import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationPlanner;
import dev.ashlar.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/** The up and down SQL of one migration, planned by the dialect, with headers listing destructive steps. */
record MigrationScripts(List<MigrationOperation> operations, List<String> upStatements, List<String> downStatements) {

    static MigrationScripts plan(MigrationPlanner planner, SchemaModel before, SchemaModel after,
                                 List<MigrationOperation> operations) {
        List<MigrationOperation> inverse = new ArrayList<>();
        for (int i = operations.size() - 1; i >= 0; i--) {
            inverse.add(operations.get(i).inverse());
        }
        return new MigrationScripts(operations, planner.plan(before, after, operations),
                planner.plan(after, before, inverse));
    }

    String up(String header) {
        return render("-- Ashlar migration " + header, operations, upStatements);
    }

    String down(String header) {
        List<MigrationOperation> inverse = new ArrayList<>();
        for (int i = operations.size() - 1; i >= 0; i--) {
            inverse.add(operations.get(i).inverse());
        }
        return render("-- Ashlar rollback of " + header, inverse, downStatements);
    }

    private static String render(String title, List<MigrationOperation> operations, List<String> statements) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append("-- Generated; never edit a migration once applied (its checksum is verified).\n");
        for (MigrationOperation op : operations) {
            if (op.destructive()) {
                out.append("-- destructive: ").append(op.describe()).append('\n');
            }
        }
        out.append("-- steps:\n");
        for (MigrationOperation op : operations) {
            out.append("--   ").append(op.describe()).append('\n');
        }
        out.append('\n');
        for (String statement : statements) {
            out.append(statement.strip()).append(";\n");
        }
        return out.toString();
    }
}
