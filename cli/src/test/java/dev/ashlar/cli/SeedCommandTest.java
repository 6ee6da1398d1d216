package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.cli.Cli.Result;
import dev.ashlar.cli.Cli.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ashlar seed} and {@code ashlar reset} on SQLite files. */
class SeedCommandTest {
    private static final String SEEDS = TwoRepoSeeds.class.getName();

    @TempDir
    Path dir;

    @Test
    void seedOnMigratedDatabasesPrintsTheSeedNumberAndTheRowsCreatedPerTable() {
        TestProject project = withSeedsInConfig();
        ok(Cli.run(project, "codegen", "create_library"));
        ok(Cli.run(project, "create"));
        ok(Cli.run(project, "migrate"));

        Result seeded = ok(Cli.run(project, "seed", "--seed", "42"));
        assertThat(seeded.out()).contains("seeding with " + SEEDS + ", seed 42 (the same data again: --seed 42)")
                .contains("  main.authors (Author): 3 rows created")
                .contains("  audit.events (Event): 1 row created")
                .contains("seeded 4 rows in ");
        assertThat(names(project)).hasSize(3);

        Result again = ok(Cli.run(project, "seed", "--seed", "42"));
        assertThat(again.out()).as("counts are what this run added").contains("main.authors (Author): 3 rows created");
        assertThat(names(project)).hasSize(6);
    }

    @Test
    void withoutASeedNumberARandomOneIsChosenAndPrinted() {
        TestProject project = withSeedsInConfig();
        ok(Cli.run(project, "codegen", "create_library"));
        ok(Cli.run(project, "create"));
        ok(Cli.run(project, "migrate"));

        Result seeded = ok(Cli.run(project, "seed"));
        assertThat(seeded.out()).containsPattern("seed (-?\\d+) \\(the same data again: --seed \\1\\)");
    }

    @Test
    void seedRefusesARepoWhoseDatabaseIsMissingAndCreatesNothing() {
        TestProject project = withSeedsInConfig();
        ok(Cli.run(project, "codegen", "create_library"));

        Result refused = Cli.run(project, "seed", "--seed", "1");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("error: repo main is not migrated: its database does not exist; run "
                + "'ashlar create' and 'ashlar migrate' (or 'ashlar reset'); nothing was seeded\n");
        assertThat(refused.out()).isEmpty();
        assertThat(project.database("main")).doesNotExist();
        assertThat(project.database("audit")).doesNotExist();
    }

    @Test
    void seedRefusesPendingMigrationsAndWritesNothing() {
        TestProject project = withSeedsInConfig();
        ok(Cli.run(project, "codegen", "create_library"));
        ok(Cli.run(project, "create"));
        ok(Cli.run(project, "migrate", "--repo", "main"));

        Result refused = Cli.run(project, "seed", "--seed", "1");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: repo audit is not migrated: 1 migration not applied (")
                .contains(" pending); run 'ashlar migrate' first (see 'ashlar status'); nothing was seeded")
                .hasLineCount(1);
        assertThat(names(project)).as("the migrated repo got nothing either").isEmpty();
    }

    @Test
    void resetDropsCreatesMigratesAndSeedsTheSameDataForTheSameSeed() {
        TestProject project = withSeedsInConfig();
        ok(Cli.run(project, "codegen", "create_library"));

        Result first = ok(Cli.run(project, "reset", "--seed", "7"));
        assertThat(first.out()).contains("repo main (sqlite,").contains("database created, 1 migration applied")
                .contains("repo audit (sqlite,").contains("seed 7").contains("main.authors (Author): 3 rows created");
        List<String> seeded = names(project);
        assertThat(seeded).hasSize(3);

        SqliteFiles.execute(project.database("main"), "insert into authors (id, name) values "
                + "('00000000-0000-0000-0000-0000000000a1', 'Hand-made')");
        Result second = ok(Cli.run(project, "reset", "--seed", "7"));
        assertThat(second.out()).contains("database dropped and re-created, 1 migration applied")
                .contains("main.authors (Author): 3 rows created");
        assertThat(names(project)).as("same seed, same data; nothing else left").isEqualTo(seeded);

        ok(Cli.run(project, "reset", "--seed", "8"));
        assertThat(names(project)).isNotEqualTo(seeded);
    }

    @Test
    void theSeedsClassComesFromTheOptionOrTheConfigAndMustBeASeeds() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library"));
        ok(Cli.run(project, "create"));
        ok(Cli.run(project, "migrate"));

        Result none = Cli.run(project, "seed");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("error: no seeds class: pass --seeds CLASS or add 'seeds: "
                + "com.example.MySeeds' to the config file (a class implementing dev.ashlar.seed.Seeds)\n");

        Result notSeeds = Cli.run(project, "seed", "--seeds", TwoRepoDomain.class.getName());
        assertThat(notSeeds.exitCode()).isEqualTo(1);
        assertThat(notSeeds.err()).isEqualTo("error: seeds class dev.ashlar.cli.TwoRepoDomain does not implement "
                + "dev.ashlar.seed.Seeds\n");

        Result missing = Cli.run(project, "seed", "--seeds", "com.example.Nope");
        assertThat(missing.err()).startsWith("error: seeds class com.example.Nope not found;");

        assertThat(ok(Cli.run(project, "seed", "--seeds", SEEDS, "--seed", "-3")).out())
                .contains("main.authors (Author): 3 rows created");
    }

    @Test
    void seedTakesNoRepoOption() {
        TestProject project = withSeedsInConfig();
        Result usage = Cli.run(project, "seed", "--repo", "main");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("--repo does not apply");
    }

    private TestProject withSeedsInConfig() {
        return TestProject.write(dir, """
                domain: dev.ashlar.cli.TwoRepoDomain
                seeds: %s
                repos:
                  main:
                    url: jdbc:sqlite:%s
                  audit:
                    url: jdbc:sqlite:%s
                """.formatted(SEEDS, dir.resolve("main.db"), dir.resolve("audit.db")));
    }

    private static List<String> names(TestProject project) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.database("main"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name from authors order by name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }
}
