package dev.ashlar.migration;

import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.TableModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order to drop tables in: a table goes once no other table still waiting references it. In passes over the
 * waiting tables, in their given order; what no pass can place (a cycle) goes last, in the given order.
 *
 * <p>Each table counts the waiting tables that reference it, so a pass is linear in the tables and their foreign
 * keys; asking every waiting table about every candidate made dropping a chain of n tables cubic in n.
 */
final class DropOrder {
    private DropOrder() {
    }

    static List<TableModel> childrenFirst(List<TableModel> tables) {
        Map<String, Integer> referrers = new HashMap<>();
        for (TableModel table : tables) {
            for (String referenced : referencedByOthers(table)) {
                referrers.merge(referenced, 1, Integer::sum);
            }
        }
        List<TableModel> ordered = new ArrayList<>(tables.size());
        List<TableModel> waiting = new ArrayList<>(tables);
        while (!waiting.isEmpty()) {
            List<TableModel> next = new ArrayList<>();
            for (TableModel table : waiting) {
                if (referrers.getOrDefault(table.name(), 0) > 0) {
                    next.add(table);
                    continue;
                }
                ordered.add(table);
                for (String referenced : referencedByOthers(table)) {
                    referrers.merge(referenced, -1, Integer::sum);
                }
            }
            if (next.size() == waiting.size()) { // a cycle: drop in the given order
                ordered.addAll(next);
                break;
            }
            waiting = next;
        }
        return ordered;
    }

    /** The tables {@code table} references, itself aside. */
    private static Set<String> referencedByOthers(TableModel table) {
        Set<String> out = new HashSet<>();
        for (ForeignKeyModel fk : table.foreignKeys()) {
            if (!fk.referencedTable().equals(table.name())) {
                out.add(fk.referencedTable());
            }
        }
        return out;
    }
}
