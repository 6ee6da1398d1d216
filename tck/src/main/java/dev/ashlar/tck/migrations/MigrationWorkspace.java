package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.Ashlar;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.migration.Codegen;
import dev.ashlar.migration.CodegenOptions;
import dev.ashlar.migration.CodegenResult;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationSource;
import dev.ashlar.migration.Migrations;
import dev.ashlar.migration.drift.DriftReport;
import dev.ashlar.migration.drift.SchemaDifference;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.schema.SchemaBuilder;
import dev.ashlar.spi.SchemaManager;
import dev.ashlar.tck.TckContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One fresh repo of the dialect under test plus the folder its migrations are generated into. Codegen runs with a
 * fixed clock that moves one second per run, so versions are predictable; Ashlar is opened per declaration version
 * on the same repo and closed again before anything migrates. Schemas are only ever made by migrations.
 */
final class MigrationWorkspace {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    final RepoConfig repo;
    final AshlarConfig config;
    final Path root;
    private int tick;

    MigrationWorkspace(TckContext tck, Path root) {
        this.repo = tck.freshRepo(Library.REPO);
        this.config = AshlarConfig.of(repo);
        this.root = root;
    }

    /** Codegen for {@code domain} named {@code name}, one clock second after the previous run. */
    CodegenResult codegen(Domain domain, String name, UnaryOperator<CodegenOptions.Builder> more) {
        tick++;
        Clock clock = Clock.fixed(START.plusSeconds(tick), ZoneOffset.UTC);
        return Codegen.of(domain, config, more.apply(CodegenOptions.builder(root).name(name).clock(clock)).build())
                .run();
    }

    /** Leaves a gap of {@code seconds} before the next codegen's version. */
    void skipSeconds(int seconds) {
        tick += seconds;
    }

    /** Codegen that must write a migration; returns its version. */
    String generate(Domain domain, String name, UnaryOperator<CodegenOptions.Builder> more) {
        CodegenResult result = codegen(domain, name, more);
        assertThat(result.repos()).as("codegen repos for " + name).singleElement()
                .satisfies(r -> assertThat(r.version()).as("version generated for " + name).isNotNull());
        return result.repos().get(0).version();
    }

    String generate(Domain domain, String name) {
        return generate(domain, name, o -> o);
    }

    MigrationSource source() {
        return MigrationSource.under(root, Library.REPO);
    }

    Migrations migrations(Domain domain) {
        return Migrations.of(domain, config, root);
    }

    List<MigrationInfo> migrate(Domain domain, MigrateRequest request) {
        return migrations(domain).migrate(Library.REPO, request);
    }

    List<MigrationInfo> rollback(Domain domain, RollbackRequest request) {
        return migrations(domain).rollback(Library.REPO, request);
    }

    List<MigrationInfo> status(Domain domain) {
        return migrations(domain).status(Library.REPO);
    }

    /** Opens {@code domain} on this repo (no schema is created), runs {@code work}, closes it again. */
    <T> T with(Domain domain, Function<Ashlar, T> work) {
        try (Ashlar ashlar = Ashlar.builder().domain(domain).repo(repo).build()) {
            return work.apply(ashlar);
        }
    }

    /** The live schema, introspected. */
    SchemaModel introspect(Domain domain) {
        return with(domain, a -> a.dataLayer(Library.REPO).schema().introspect());
    }

    /** The live schema equals the declaration of {@code domain}, table by table (for readable failures), then whole. */
    void assertSchemaMatches(Domain domain, String when) {
        with(domain, ashlar -> {
            assertSchemaMatches(ashlar, when);
            return null;
        });
        assertNoDrift(domain, when);
    }

    /** The drift check finds nothing: the database is what its applied migrations' snapshots say. */
    DriftReport assertNoDrift(Domain domain, String when) {
        DriftReport report = migrations(domain).drift(Library.REPO);
        assertThat(report.differences()).as("drift " + when).extracting(SchemaDifference::describe).isEmpty();
        return report;
    }

    /** Runs {@code sql} (one or more statements) on the repo's database over JDBC, outside any migration. */
    void executeByHand(String sql) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(repo.url(),
                repo.user() == null ? "" : repo.user(), repo.password().reveal());
             java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (java.sql.SQLException e) {
            throw new AssertionError("statement by hand failed: " + e.getMessage(), e);
        }
    }

    /** As {@link #assertSchemaMatches(Domain, String)}, on an open instance (its domain is the declaration). */
    static void assertSchemaMatches(Ashlar ashlar, String when) {
        SchemaManager schema = ashlar.dataLayer(Library.REPO).schema();
        SchemaModel live = schema.introspect();
        SchemaModel expected = schema.expectedIntrospection(SchemaModel.of(new SchemaBuilder(ashlar.domain()
                .resources()).tables(Library.REPO)));
        assertThat(live.tables().keySet()).as("tables " + when).isEqualTo(expected.tables().keySet());
        for (String table : expected.tables().keySet()) {
            assertThat(live.tables().get(table)).as("table " + table + " " + when)
                    .isEqualTo(expected.tables().get(table));
        }
        assertThat(live).as("schema " + when).isEqualTo(expected);
    }

    Path upFile(String version) {
        return only(source().migrations(), version, ".sql");
    }

    Path downFile(String version) {
        return only(source().downs(), version, ".down.sql");
    }

    private static Path only(Path folder, String version, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().startsWith("V" + version + "__")
                    && f.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).as("files of V" + version + " in " + folder).hasSize(1);
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under the root with its content, by relative path. */
    Map<String, String> files() {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
