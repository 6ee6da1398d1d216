package dev.ashlar.seed;

import dev.ashlar.AshlarView;
import dev.ashlar.resource.Resource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a {@link Seeds} class and reports the rows it created per table, counted in the database before and after
 * (so rows written by hooks, by the direct seed path or by nested actions count too). The database must be migrated:
 * counting a table that does not exist fails with the data layer's error before the seeds run.
 */
public final class SeedRun {
    private SeedRun() {
    }

    public static SeedReport run(AshlarView ashlar, Seeds seeds, long seed) {
        Objects.requireNonNull(seeds, "seeds");
        Map<TableKey, List<Resource>> tables = tablesOf(ashlar);
        Map<TableKey, Long> before = count(ashlar, tables);
        long started = System.nanoTime();
        seeds.seed(new SeedContext(ashlar, seed));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Map<TableKey, Long> after = count(ashlar, tables);
        List<TableCount> counts = new ArrayList<>();
        tables.forEach((key, resources) -> counts.add(new TableCount(key.repo(), key.table(),
                resources.stream().map(Resource::name).toList(), after.get(key) - before.get(key))));
        return new SeedReport(seed, counts, elapsed);
    }

    /** The domain's tables, each with the resources stored in it (a shared table is counted once). */
    private static Map<TableKey, List<Resource>> tablesOf(AshlarView ashlar) {
        Map<TableKey, List<Resource>> tables = new LinkedHashMap<>();
        for (Resource r : ashlar.domain().resources()) {
            if (r.hasTable()) {
                tables.computeIfAbsent(new TableKey(r.repo(), r.table()), k -> new ArrayList<>()).add(r);
            }
        }
        return tables;
    }

    private static Map<TableKey, Long> count(AshlarView ashlar, Map<TableKey, List<Resource>> tables) {
        Map<TableKey, Long> counts = new LinkedHashMap<>();
        tables.forEach((key, resources) -> counts.put(key,
                ashlar.dataLayer(key.repo()).rows().count(resources.get(0), null)));
        return counts;
    }

    private record TableKey(String repo, String table) {
    }
}
