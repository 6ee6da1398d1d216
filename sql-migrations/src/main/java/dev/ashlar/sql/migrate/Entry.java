package dev.ashlar.sql.migrate;

import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;

/**
 * One versioned migration as files and history show it.
 *
 * @param installedRank its row in {@code flyway_schema_history}, or {@code null} when it has none
 * @param script        the up script's file name (from the file, or from history when the file is gone)
 * @param losses        what its down script declares it loses ({@code -- destructive:} lines)
 */
record Entry(MigrationVersion version, MigrationInfo info, Integer installedRank, String script,
             List<String> losses) {

    MigrationState state() {
        return info.state();
    }

    boolean inHistory() {
        return installedRank != null;
    }

    /** {@code V2 (add price)}, for messages. */
    String label() {
        return "V" + version + " (" + info.description() + ")";
    }
}
