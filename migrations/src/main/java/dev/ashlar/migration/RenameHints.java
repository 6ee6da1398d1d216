package dev.ashlar.migration;

import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the declarations say about the previous schema: renamed tables and attributes, backfill values, and which
 * resource owns each table (for messages that name what to change).
 */
record RenameHints(Map<String, String> tableRenamedFrom, Map<String, Map<String, String>> columnRenamedFrom,
                          Map<String, Map<String, Object>> backfills, Map<String, String> resourceOfTable) {

    public static RenameHints from(Collection<Resource> resources) {
        Map<String, String> tables = new HashMap<>();
        Map<String, Map<String, String>> columns = new HashMap<>();
        Map<String, Map<String, Object>> backfills = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (Resource r : resources) {
            if (!r.hasTable()) {
                continue;
            }
            owners.putIfAbsent(r.table(), r.name());
            if (r.renamedFrom() != null) {
                tables.put(r.table(), r.renamedFrom());
            }
            for (Attribute a : r.attributes()) {
                if (a.renamedFrom() != null) {
                    columns.computeIfAbsent(r.table(), t -> new HashMap<>()).put(a.name(), a.renamedFrom());
                }
                if (a.backfill() != null) {
                    backfills.computeIfAbsent(r.table(), t -> new HashMap<>()).put(a.name(), a.backfill());
                }
            }
        }
        return new RenameHints(tables, columns, backfills, owners);
    }

    Optional<String> columnRenamedFrom(String table, String column) {
        return Optional.ofNullable(columnRenamedFrom.getOrDefault(table, Map.of()).get(column));
    }

    Object backfill(String table, String column) {
        return backfills.getOrDefault(table, Map.of()).get(column);
    }

    String owner(String table) {
        return resourceOfTable.getOrDefault(table, "the resource of " + table);
    }
}
