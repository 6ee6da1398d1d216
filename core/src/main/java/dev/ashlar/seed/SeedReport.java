package dev.ashlar.seed;

import java.time.Duration;
import java.util.List;

/**
 * What a seed run did.
 *
 * @param seed    the seed number it ran with (pass it again to make the same data)
 * @param tables  rows created per table, in the domain's order of resources
 * @param elapsed how long the seeds class ran
 */
public record SeedReport(long seed, List<TableCount> tables, Duration elapsed) {
    public SeedReport {
        tables = List.copyOf(tables);
    }

    /** Rows created in all tables. */
    public long created() {
        return tables.stream().mapToLong(TableCount::created).sum();
    }
}
