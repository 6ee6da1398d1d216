package dev.ashlar.sqlite;

import java.nio.file.Path;
import java.util.Optional;

/** Reads the database file out of a {@code jdbc:sqlite:} URL. */
public final class SqliteUrl {
    static final String PREFIX = "jdbc:sqlite:";

    private SqliteUrl() {
    }

    static boolean isMemory(String url) {
        String rest = url.substring(PREFIX.length());
        return rest.isEmpty() || rest.startsWith(":memory:") || rest.contains("mode=memory");
    }

    /** The file, or empty for in-memory databases. */
    public static Optional<Path> file(String url) {
        if (!url.startsWith(PREFIX) || isMemory(url)) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String path = query >= 0 ? rest.substring(0, query) : rest;
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        return Optional.of(Path.of(path));
    }
}
