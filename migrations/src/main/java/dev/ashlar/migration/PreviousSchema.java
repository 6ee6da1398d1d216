package dev.ashlar.migration;

import dev.ashlar.migration.internal.Snapshot;

import dev.ashlar.schema.TableModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables a repo's database holds as of its latest snapshots, which the declaration is diffed against: every
 * table not dropped (tombstone) and not marked not-managed. A table whose drop was declined (kept) still exists but
 * is left out, so it is never offered for drop again, unless a resource declares it again: then it is adopted, and
 * the diff alters it into the declared shape instead of creating it.
 */
final class PreviousSchema {
    private PreviousSchema() {
    }

    /**
     * @param latest    the latest snapshot of each table
     * @param declared  the tables as declared now
     * @param unmanaged tables of not-managed resources, never diffed
     */
    static Map<String, TableModel> of(Map<String, Snapshot> latest, List<TableModel> declared, Set<String> unmanaged) {
        Set<String> declaredNames = declared.stream().map(TableModel::name).collect(Collectors.toSet());
        Map<String, TableModel> before = new LinkedHashMap<>();
        for (Snapshot s : latest.values()) {
            String table = s.model().name();
            boolean exists = !s.removed() && (!s.dropDeclined() || declaredNames.contains(table));
            if (exists && !unmanaged.contains(table)) {
                before.put(table, s.model());
            }
        }
        return before;
    }

    /** True when the repo's latest snapshots hold a table that is neither dropped nor kept. */
    static boolean hasLiveTables(Map<String, Snapshot> latest) {
        return latest.values().stream().anyMatch(s -> !s.removed() && !s.dropDeclined());
    }
}
