package dev.ashlar.migration;

import dev.ashlar.migration.internal.Snapshot;

import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.schema.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The snapshots a migration writes: every declared table whose model changed, a tombstone for each table dropped
 * or renamed away, and a kept copy for each table whose drop was declined.
 */
final class SnapshotChanges {
    private SnapshotChanges() {
    }

    static List<Snapshot> of(Map<String, Snapshot> latest, List<TableModel> after, SchemaDiff.Result diff,
                             String version) {
        Map<String, Snapshot> out = new LinkedHashMap<>();
        for (TableModel table : after) {
            Snapshot previous = latest.get(table.name());
            if (previous == null || previous.removed() || previous.dropDeclined() || !previous.model().equals(table)) {
                out.put(table.name(), new Snapshot(table, version, false, false));
            }
        }
        for (MigrationOperation op : diff.operations()) {
            if (op instanceof MigrationOperation.DropTable drop) {
                out.put(drop.model().name(), new Snapshot(drop.model(), version, false, true));
            } else if (op instanceof MigrationOperation.RenameTable rename && latest.containsKey(rename.from())) {
                out.put(rename.from(), new Snapshot(latest.get(rename.from()).model(), version, false, true));
            }
        }
        Set<String> declined = diff.declinedDrops();
        for (String table : declined) {
            out.put(table, new Snapshot(latest.get(table).model(), version, true, false));
        }
        return new ArrayList<>(out.values());
    }
}
