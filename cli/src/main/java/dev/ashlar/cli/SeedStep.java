package dev.ashlar.cli;

import dev.ashlar.Ashlar;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.Migrations;
import dev.ashlar.seed.SeedReport;
import dev.ashlar.seed.SeedRun;
import dev.ashlar.seed.Seeds;
import dev.ashlar.seed.TableCount;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the project's seeds class once every repo of the domain is migrated, and prints the seed number first (to
 * replay a failing run) and then the rows created per table. Seeds write wherever they like, so every repo is
 * checked, whatever {@code --repo} chose.
 */
final class SeedStep {
    /** States that leave the schema behind the migrations: seeding then would fail halfway or seed the wrong shape. */
    private static final Set<MigrationState> NOT_MIGRATED =
            EnumSet.of(MigrationState.PENDING, MigrationState.OUT_OF_ORDER, MigrationState.FAILED);

    private SeedStep() {
    }

    static void run(Project project, SeedOptions options, Output out) {
        String className = options.seedsClass(project);
        Migrations migrations = project.migrations();
        for (String repo : project.domain().repos()) {
            requireMigrated(migrations, repo);
        }
        Seeds seeds = SeedsLoader.load(className, project.loader());
        long seed = options.seedNumber();
        out.println("seeding with " + className + ", seed " + seed + " (the same data again: --seed " + seed + ")");
        try (Ashlar ashlar = project.open()) {
            SeedReport report = SeedRun.run(ashlar, seeds, seed);
            boolean severalRepos = project.domain().repos().size() > 1;
            for (TableCount table : report.tables()) {
                out.println("  " + (severalRepos ? table.repo() + "." : "") + table.table() + " ("
                        + String.join(", ", table.resources()) + "): " + rows(table.created()) + " created");
            }
            out.println("seeded " + rows(report.created()) + " in " + report.elapsed().toMillis() + " ms");
        }
    }

    static void requireMigrated(Migrations migrations, String repo) {
        if (!migrations.storage(repo).exists()) {
            throw notMigrated(repo, "its database does not exist; run 'ashlar create' and 'ashlar migrate' (or "
                    + "'ashlar reset')");
        }
        List<MigrationInfo> all = migrations.status(repo);
        if (all.isEmpty()) {
            throw notMigrated(repo, "it has no migrations; run 'ashlar codegen NAME', then 'ashlar migrate'");
        }
        List<String> behind = all.stream().filter(m -> NOT_MIGRATED.contains(m.state()))
                .map(m -> m.version() + " " + m.state().name().toLowerCase().replace('_', ' ')).toList();
        if (!behind.isEmpty()) {
            throw notMigrated(repo, DatabaseCommand.plural(behind.size(), "migration") + " not applied ("
                    + String.join(", ", behind) + "); run 'ashlar migrate' first (see 'ashlar status')");
        }
    }

    private static CliException notMigrated(String repo, String why) {
        return new CliException("repo " + repo + " is not migrated: " + why + "; nothing was seeded");
    }

    private static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }
}
