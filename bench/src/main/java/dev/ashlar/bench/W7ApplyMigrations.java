package dev.ashlar.bench;

import dev.ashlar.bench.support.EmptyDatabase;
import dev.ashlar.bench.support.SyntheticDomain;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.migration.Codegen;
import dev.ashlar.migration.CodegenOptions;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workload 7b: applying the generated migration of {@code resources} resources to an empty database. F is Flyway
 * alone over the same up script; A is Ashlar's runner (Flyway plus its locks and, on SQLite, the foreign-key check
 * after the migration). Target: A within 10% of F.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class W7ApplyMigrations {
    @Param({"sqlite", "postgres"})
    public String dialect;

    @Param({"100", "500", "2000"})
    public int resources;

    private Domain domain;
    private Path root;
    private RepoConfig repo;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        domain = SyntheticDomain.of(resources);
        root = Files.createTempDirectory("ashlar-bench-apply-");
        Codegen.of(domain, EmptyDatabase.offline(dialect), CodegenOptions.named(root, "create_all")).run();
    }

    @Setup(Level.Invocation)
    public void emptyDatabase() {
        repo = EmptyDatabase.fresh(dialect);
    }

    @Benchmark
    public MigrateResult flyway() {
        return Flyway.configure().dataSource(repo.url(), repo.user(), repo.password().reveal())
                .locations("filesystem:" + root.resolve("main/migration")).load().migrate();
    }

    @Benchmark
    public List<MigrationInfo> ashlar() {
        return Migrations.of(domain, AshlarConfig.of(repo), root).migrate("main", MigrateRequest.all());
    }

    /** The repo of the last invocation (for checks in tests). */
    public RepoConfig repo() {
        return repo;
    }
}
