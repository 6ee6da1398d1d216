package dev.ashlar.seed;

import java.util.List;

/**
 * Rows a seed run added to one table.
 *
 * @param repo      the repo holding the table
 * @param table     the table
 * @param resources the resources stored in it (several when they share it), in the domain's order
 * @param created   rows after the run minus rows before it
 */
public record TableCount(String repo, String table, List<String> resources, long created) {
    public TableCount {
        resources = List.copyOf(resources);
    }
}
