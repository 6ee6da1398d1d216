package dev.ashlar.test;

import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.DataLayerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One folder per test class: a template file per repo, migrated once, and a copy of it for each test (copying a
 * small file is much cheaper than running the migrations again).
 */
final class SqliteTestDatabases implements TestDatabases {
    /** SQLite's companion files, copied and deleted along with the database. */
    private static final List<String> SUFFIXES = List.of("", "-wal", "-shm", "-journal");

    private final Path folder;
    private final AtomicInteger tests = new AtomicInteger();

    SqliteTestDatabases() {
        try {
            folder = Files.createTempDirectory("ashlar-test-");
        } catch (IOException e) {
            throw new DataLayerException("cannot create a temporary folder for the test databases: " + e.getMessage());
        }
    }

    @Override
    public AshlarConfig create(Set<String> repos) {
        Map<String, RepoConfig> configs = new LinkedHashMap<>();
        for (String repo : repos) {
            configs.put(repo, RepoConfig.of(repo, url(folder.resolve(repo + "-migrated.db"))).withPoolSize(2));
        }
        return new AshlarConfig(configs);
    }

    @Override
    public AshlarConfig forTest(AshlarConfig migrated) {
        int test = tests.incrementAndGet();
        Map<String, RepoConfig> configs = new LinkedHashMap<>();
        migrated.repos().forEach((repo, config) -> {
            Path copy = folder.resolve(repo + "-test" + test + ".db");
            copy(file(config), copy);
            configs.put(repo, config.withUrl(url(copy)));
        });
        return new AshlarConfig(configs);
    }

    @Override
    public void afterTest(AshlarConfig used) {
        used.repos().values().forEach(config -> delete(file(config)));
    }

    @Override
    public void dispose(AshlarConfig migrated) {
        migrated.repos().values().forEach(config -> delete(file(config)));
        try (Stream<Path> left = Files.list(folder)) {
            left.forEach(SqliteTestDatabases::deleteQuietly);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder the system cleans up eventually
        }
    }

    private static void copy(Path from, Path to) {
        try {
            for (String suffix : SUFFIXES) {
                Path companion = Path.of(from + suffix);
                if (Files.exists(companion)) {
                    Files.copy(companion, Path.of(to + suffix));
                }
            }
        } catch (IOException e) {
            throw new DataLayerException("cannot copy the migrated test database " + from + ": " + e.getMessage());
        }
    }

    private static void delete(Path file) {
        SUFFIXES.forEach(suffix -> deleteQuietly(Path.of(file + suffix)));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left in the temporary folder
        }
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    private static Path file(RepoConfig config) {
        return Path.of(config.url().substring("jdbc:sqlite:".length()));
    }
}
