package dev.ashlar.sqlite;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.tck.TckTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Each fresh repo is a new database file in a temporary directory. */
public final class SqliteTckTarget implements TckTarget {
    private final Path directory;

    public SqliteTckTarget() {
        try {
            directory = Files.createTempDirectory("ashlar-tck-sqlite");
            directory.toFile().deleteOnExit(); // empty by then: every repo is disposed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String dialect() {
        return SqliteDialect.ID;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public RepoConfig freshRepo(String repoName) {
        try {
            Path file = Files.createTempFile(directory, repoName + "-", ".db");
            Files.delete(file);
            return RepoConfig.of(repoName, "jdbc:sqlite:" + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void dispose(RepoConfig repo) {
        new SqliteProvider().storage(repo).drop(true);
    }
}
