package dev.ashlar.bench;

import dev.ashlar.bench.support.EmptyDatabase;
import dev.ashlar.bench.support.SyntheticDomain;
import dev.ashlar.domain.Domain;
import dev.ashlar.migration.Codegen;
import dev.ashlar.migration.CodegenOptions;
import dev.ashlar.migration.CodegenResult;
import dev.ashlar.migration.CodegenResult.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
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
 *
 * <p>Two reference variants split that number: {@code ashlarDryRun} is the same run writing nothing (the generator's
 * own cost), {@code filesOnly} writes the same files, already generated, the way codegen writes them (a folder per
 * table, each file created new): the floor the file system sets, which on a shared VM swings widely from run to run.
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
    /** Holds every invocation's folder until the trial ends. */
    private Path trial;
    private Path root;
    /** The files of one run, relative to its folder (for {@code filesOnly}). */
    private Map<Path, String> files;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        domain = SyntheticDomain.of(resources);
        trial = Files.createTempDirectory("ashlar-bench-codegen-");
        files = new LinkedHashMap<>();
        for (GeneratedFile f : run(CodegenOptions.builder(trial).name("create_all").mode(CodegenOptions.Mode.DRY_RUN).build()).repos().get(0).files()) {
            files.put(trial.relativize(f.path()), f.content());
        }
    }

    /**
     * A new, empty folder per invocation. The folders are removed only at the end of the trial: on a file system
     * that discards freed blocks as it commits (ext4 {@code discard}, as on the benchmark VM), deleting thousands of
     * files right before an invocation stalls that invocation's own file creation for seconds.
     */
    @Setup(Level.Invocation)
    public void freshFolder() throws IOException {
        root = Files.createTempDirectory(trial, "run-");
    }

    @TearDown(Level.Trial)
    public void removeFolders() throws IOException {
        try (Stream<Path> all = Files.walk(trial)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public CodegenResult ashlar() {
        return run(CodegenOptions.named(root, "create_all"));
    }

    @Benchmark
    public CodegenResult ashlarDryRun() {
        return run(CodegenOptions.builder(root).name("create_all").mode(CodegenOptions.Mode.DRY_RUN).build());
    }

    @Benchmark
    public int filesOnly() throws IOException {
        for (Map.Entry<Path, String> f : files.entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
        return files.size();
    }

    private CodegenResult run(CodegenOptions options) {
        return Codegen.of(domain, EmptyDatabase.offline(dialect), options).run();
    }

    /** The folder written by the last invocation (for checks in tests). */
    public Path root() {
        return root;
    }
}
