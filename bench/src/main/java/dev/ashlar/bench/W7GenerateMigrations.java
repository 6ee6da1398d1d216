package dev.ashlar.bench;

import dev.ashlar.bench.support.EmptyDatabase;
import dev.ashlar.bench.support.SyntheticDomain;
import dev.ashlar.domain.Domain;
import dev.ashlar.migration.Codegen;
import dev.ashlar.migration.CodegenOptions;
import dev.ashlar.migration.CodegenResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Workload 7a: generating the first migration of {@code resources} resources, offline, writing the up and down
 * scripts and one snapshot per table into a fresh folder (target: 2,000 resources under one second). There is no
 * J or Q variant: plain JDBC and jOOQ have no generator; the number is absolute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class W7GenerateMigrations {
    @Param({"sqlite", "postgres"})
    public String dialect;

    @Param({"100", "500", "2000"})
    public int resources;

    private Domain domain;
    private Path root;

    @Setup(Level.Trial)
    public void setUp() {
        domain = SyntheticDomain.of(resources);
    }

    @Setup(Level.Invocation)
    public void freshFolder() throws IOException {
        root = Files.createTempDirectory("ashlar-bench-codegen-");
    }

    @TearDown(Level.Invocation)
    public void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public CodegenResult ashlar() {
        return Codegen.of(domain, EmptyDatabase.offline(dialect), CodegenOptions.named(root, "create_all")).run();
    }

    /** The folder written by the last invocation (for checks in tests). */
    public Path root() {
        return root;
    }
}
