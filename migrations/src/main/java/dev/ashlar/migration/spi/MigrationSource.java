package dev.ashlar.migration.spi;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one repo's migrations live: the Flyway location with the up scripts ({@code V<version>__<name>.sql}) and,
 * outside it, the down scripts ({@code V<version>__<name>.down.sql}).
 */
public record MigrationSource(String repo, Path migrations, Path downs) {
    public MigrationSource {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(downs, "downs");
    }

    /** The conventional layout under a root folder: {@code <root>/<repo>/migration} and {@code <root>/<repo>/down}. */
    public static MigrationSource under(Path root, String repo) {
        return new MigrationSource(repo, root.resolve(repo).resolve("migration"), root.resolve(repo).resolve("down"));
    }
}
