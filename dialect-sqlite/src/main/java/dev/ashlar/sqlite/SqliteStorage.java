package dev.ashlar.sqlite;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.spi.Storage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * An SQLite repo's storage is its file, plus the {@code -wal}, {@code -shm}, {@code -journal} and
 * {@code .migration.lock} files beside it.
 */
final class SqliteStorage implements Storage {
    private final RepoConfig config;
    private final Path file;

    SqliteStorage(RepoConfig config) {
        this.config = config;
        this.file = SqliteUrl.file(config.url()).orElseThrow(() -> new DataLayerException("repo " + config.name()
                + " is an in-memory SQLite database; it has no storage to create or drop"));
    }

    @Override
    public boolean exists() {
        return Files.exists(file);
    }

    @Override
    public boolean create() {
        if (exists()) {
            return false;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Connection ignored = DriverManager.getConnection(config.url())) {
                return true;
            }
        } catch (IOException | SQLException e) {
            throw new DataLayerException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean drop(boolean force) {
        boolean existed = exists();
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
            Files.deleteIfExists(Path.of(file + "-journal"));
            Files.deleteIfExists(Path.of(file + ".migration.lock"));
        } catch (IOException e) {
            throw new DataLayerException("cannot delete " + file + ": " + e.getMessage(), e);
        }
        return existed;
    }
}
