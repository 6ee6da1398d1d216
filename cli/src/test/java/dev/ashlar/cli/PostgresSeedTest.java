package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.cli.Cli.Result;
import dev.ashlar.cli.Cli.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ashlar seed} and {@code ashlar reset} against a real PostgreSQL, in databases of their own
 * ({@code ashlar_cli_...}). Same server settings and skip rule as {@link PostgresLifecycleTest}.
 */
class PostgresSeedTest {
    @TempDir
    Path dir;

    private String url;
    private String auditUrl;

    @BeforeEach
    void serverIsThere() {
        PostgresServer.requireFor("PostgresSeedTest");
        String database = PostgresServer.freshDatabaseName();
        url = PostgresServer.urlOf(database);
        auditUrl = PostgresServer.urlOf(database + "_audit");
    }

    @Test
    void seedRefusesAMissingOrUnmigratedDatabaseThenResetSeedsTheSameDataForTheSameSeed() throws SQLException {
        TestProject project = project();
        ok(Cli.run(project, "codegen", "create_library"));
        try {
            Result noDatabase = Cli.run(project, "seed", "--seed", "7");
            assertThat(noDatabase.exitCode()).as(noDatabase.toString()).isEqualTo(1);
            assertThat(noDatabase.err()).isEqualTo("error: repo main is not migrated: its database does not exist; "
                    + "run 'ashlar create' and 'ashlar migrate' (or 'ashlar reset'); nothing was seeded\n");

            ok(Cli.run(project, "create"));
            Result pending = Cli.run(project, "seed", "--seed", "7");
            assertThat(pending.exitCode()).as(pending.toString()).isEqualTo(1);
            assertThat(pending.err()).startsWith("error: repo main is not migrated: 1 migration not applied (")
                    .hasLineCount(1);

            Result reset = ok(Cli.run(project, "reset", "--seed", "7"));
            assertThat(reset.out()).contains("repo main (postgres, " + url + "): database dropped and re-created, "
                    + "1 migration applied").contains("seed 7").contains("main.authors (Author): 3 rows created")
                    .contains("audit.events (Event): 1 row created");
            List<String> seeded = names();
            assertThat(seeded).hasSize(3);

            Result seededAgain = ok(Cli.run(project, "seed", "--seed", "7"));
            assertThat(seededAgain.out()).contains("main.authors (Author): 3 rows created");
            assertThat(names()).hasSize(6);

            ok(Cli.run(project, "reset", "--seed", "7"));
            assertThat(names()).as("same seed, same data as on SQLite's run of the same seeds").isEqualTo(seeded);
        } finally {
            Cli.run(project, "drop", "--force");
        }
    }

    @Test
    void resetRefusesADatabaseInUseUnlessForcedLikeDrop() throws SQLException {
        TestProject project = project();
        ok(Cli.run(project, "codegen", "create_library"));
        ok(Cli.run(project, "create"));
        try (Connection session = PostgresServer.connect(url)) {
            Result refused = Cli.run(project, "reset", "--seed", "1");
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
            assertThat(refused.err()).startsWith("error: ").contains("in use").contains("force");
            assertThat(session.isValid(2)).isTrue();

            Result forced = ok(Cli.run(project, "reset", "--force", "--seed", "1"));
            assertThat(forced.out()).contains("database dropped and re-created").contains("3 rows created");
        } finally {
            Cli.run(project, "drop", "--force");
        }
    }

    private TestProject project() {
        return TestProject.write(dir, PostgresServer.twoRepoConfig("seeds: dev.ashlar.cli.TwoRepoSeeds", url, auditUrl));
    }

    private List<String> names() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = PostgresServer.connect(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name from authors order by name collate \"C\"")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

}
