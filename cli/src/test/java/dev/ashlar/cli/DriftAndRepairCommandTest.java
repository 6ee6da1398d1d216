package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashlar.cli.Cli.Result;
import dev.ashlar.cli.Cli.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} (drift check), {@code repair} and {@code --format json} of status and diff, on SQLite files. */
class DriftAndRepairCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestProject migrated() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library"));
        ok(Cli.run(project, "create"));
        ok(Cli.run(project, "migrate"));
        return project;
    }

    @Test
    void diffFindsNothingOnAMigratedDatabaseAndExitsOneOnAColumnAddedByHand() throws IOException {
        TestProject project = migrated();

        Result clean = ok(Cli.run(project, "diff"));
        assertThat(clean.out()).contains("repo main (sqlite,").contains("repo audit (sqlite,")
                .contains("no drift: the database matches its migrations").doesNotContain("note:");

        SqliteFiles.execute(project.database("main"), "alter table authors add column notes text");
        Result drift = Cli.run(project, "diff");
        assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
        assertThat(drift.out()).contains("drift: 1 difference")
                .contains("column authors.notes is in the database but not in the migrations (text null)");
        assertThat(drift.err()).isEmpty();

        Result json = Cli.run(project, "diff", "--format", "json");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(1);
        assertThat(json.err()).isEmpty();
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.get("drift").asBoolean()).isTrue();
        JsonNode main = doc.get("repos").get(0);
        assertThat(main.get("repo").asText()).isEqualTo("main");
        assertThat(main.get("data_layer").asText()).isEqualTo("sqlite");
        assertThat(main.get("drift").asBoolean()).isTrue();
        assertThat(main.get("declaration_matches_snapshots").asBoolean()).isTrue();
        JsonNode difference = main.get("differences").get(0);
        assertThat(difference.get("kind").asText()).isEqualTo("column_extra");
        assertThat(difference.get("table").asText()).isEqualTo("authors");
        assertThat(difference.get("name").asText()).isEqualTo("notes");
        assertThat(difference.get("expected").isNull()).isTrue();
        assertThat(doc.get("repos").get(1).get("drift").asBoolean()).isFalse();
    }

    @Test
    void diffSaysWhenTheDeclarationIsAheadOfTheSnapshots() {
        TestProject project = migrated();

        Result result = ok(Cli.run(project, "diff", "--repo", "main", "--domain", ChangedDomain.class.getName()));

        assertThat(result.out()).contains("no drift")
                .contains("the declaration differs from the latest snapshots").contains("'ashlar codegen --check'");
    }

    @Test
    void statusAsJsonIsOneDocumentOnStdout() throws IOException {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library"));
        ok(Cli.run(project, "create", "--repo", "main"));
        ok(Cli.run(project, "migrate", "--repo", "main"));

        Result result = ok(Cli.run(project, "status", "--format", "json"));

        assertThat(result.err()).isEmpty();
        JsonNode doc = JSON.readTree(result.out());
        JsonNode main = doc.get("repos").get(0);
        assertThat(main.get("repo").asText()).isEqualTo("main");
        assertThat(main.get("database_exists").asBoolean()).isTrue();
        JsonNode migration = main.get("migrations").get(0);
        assertThat(migration.get("version").asText()).matches("\\d{14}");
        assertThat(migration.get("description").asText()).isEqualTo("create library");
        assertThat(migration.get("state").asText()).isEqualTo("applied");
        assertThat(migration.get("applied_at").asText()).endsWith("Z");
        assertThat(migration.get("destructive").isBoolean()).isTrue();
        JsonNode audit = doc.get("repos").get(1);
        assertThat(audit.get("database_exists").asBoolean()).isFalse();
        assertThat(audit.get("migrations").isEmpty()).isTrue();
    }

    @Test
    void repairRemovesAFailedRowAndRealignsChecksumsOnlyWithTheFlag() throws IOException {
        TestProject project = migrated();
        assertThat(ok(Cli.run(project, "repair", "--repo", "main")).out()).contains("nothing to repair");
        String changed = ChangedDomain.class.getName();
        String bio = version(ok(Cli.run(project, "codegen", "add_bio", "--repo", "main", "--domain", changed)));
        SqliteFiles.execute(project.database("main"), "insert into flyway_schema_history (installed_rank, version, "
                + "description, type, script, checksum, installed_by, execution_time, success) values (2, '" + bio
                + "', 'add bio', 'SQL', 'V" + bio + "__add_bio.sql', 42, 'me', 1, 0)");
        assertThat(Cli.run(project, "migrate", "--repo", "main", "--domain", changed).exitCode()).isEqualTo(1);

        Result repaired = ok(Cli.run(project, "repair", "--repo", "main", "--domain", changed));

        assertThat(repaired.out()).contains("V" + bio + " (add bio): removed its failed history row (checksum 42); "
                + "it is pending again");
        ok(Cli.run(project, "migrate", "--repo", "main", "--domain", changed));

        Path up = upFile(project, bio);
        Files.writeString(up, Files.readString(up) + "\n-- reviewed\n");
        Result left = ok(Cli.run(project, "repair", "--repo", "main", "--domain", changed));
        assertThat(left.out()).contains("nothing to repair").contains("(checksum mismatch); left as it is");

        Result realigned = ok(Cli.run(project, "repair", "--realign-checksums", "--repo", "main", "--domain",
                changed));
        assertThat(realigned.out()).containsPattern("V" + bio + " \\(add bio\\): checksum -?\\d+ -> -?\\d+ "
                + "\\(now matches its file\\)");
        assertThat(ok(Cli.run(project, "status", "--repo", "main", "--domain", changed)).out())
                .contains("2 applied, 0 pending");
    }

    private static Path upFile(TestProject project, String version) throws IOException {
        try (Stream<Path> files = Files.list(project.root().resolve("main").resolve("migration"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("V" + version)).findFirst().orElseThrow();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private static String version(Result result) {
        Matcher m = Pattern.compile("(?:version|applied) (\\d{14})").matcher(result.out());
        assertThat(m.find()).as(result.toString()).isTrue();
        return m.group(1);
    }
}
