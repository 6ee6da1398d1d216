package dev.ashlar.migration.internal;

import dev.ashlar.migration.spi.MigrationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Committed snapshots of one repo: {@code <root>/<repo>/snapshots/<table>/<version>[_dev].json}. A file once
 * written is never rewritten. The latest snapshot of a table is the lexicographically greatest version; a non-dev
 * read ignores {@code _dev} files, which is what lets a named codegen squash development migrations.
 */
public final class SnapshotStore {
    private static final Pattern FILE = Pattern.compile("^(\\d{14})(_dev)?\\.json$");
    private final Path folder;
    /** Files read so far, by path: a snapshot file is never rewritten, so each is parsed once per store. */
    private final Map<Path, Snapshot> parsed = new HashMap<>();

    public SnapshotStore(Path root, String repo) {
        this.folder = root.resolve(repo).resolve("snapshots");
    }

    public Path folder() {
        return folder;
    }

    /** The latest snapshot of every table, by table name. */
    public Map<String, Snapshot> latest(boolean includeDev) {
        Map<String, Snapshot> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> tables = Files.list(folder)) {
            for (Path table : tables.filter(Files::isDirectory).sorted().toList()) {
                latestFile(table, includeDev).ifPresent(file -> {
                    Snapshot s = parsed.computeIfAbsent(file, f -> SnapshotJson.read(read(f), f.toString()));
                    out.put(s.model().name(), s);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The snapshot of every table as of migration {@code version}: per table, the newest file (development ones
     * included) whose version is not newer. What a database with migrations up to {@code version} applied holds.
     */
    public Map<String, Snapshot> asOf(String version) {
        Map<String, Snapshot> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> tables = Files.list(folder)) {
            for (Path table : tables.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(table)) {
                    files.filter(f -> {
                        var m = FILE.matcher(f.getFileName().toString());
                        return m.matches() && m.group(1).compareTo(version) <= 0;
                    }).max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                            .ifPresent(file -> {
                                Snapshot s = parsed.computeIfAbsent(file, f -> SnapshotJson.read(read(f),
                                        f.toString()));
                                out.put(s.model().name(), s);
                            });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The dev snapshot files, for squashing. */
    public List<Path> devFiles() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            files.filter(f -> FILE.matcher(f.getFileName().toString()).matches()
                    && f.getFileName().toString().endsWith("_dev.json")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Where a snapshot goes. */
    public Path path(Snapshot snapshot, boolean dev) {
        return folder.resolve(snapshot.model().name()).resolve(snapshot.version() + (dev ? "_dev" : "") + ".json");
    }

    /** The file's content for a snapshot. */
    public static String content(Snapshot snapshot) {
        return SnapshotJson.write(snapshot);
    }

    /** Writes a new snapshot file; refuses to overwrite one. */
    public Path write(Snapshot snapshot, boolean dev) {
        Path file = path(snapshot, dev);
        writeOnce(file, content(snapshot));
        return file;
    }

    public static void writeOnce(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new MigrationException(file + " already exists; generated files are never rewritten");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Optional<Path> latestFile(Path tableFolder, boolean includeDev) throws IOException {
        try (Stream<Path> files = Files.list(tableFolder)) {
            return files.filter(f -> {
                var m = FILE.matcher(f.getFileName().toString());
                return m.matches() && (includeDev || m.group(2) == null);
            }).max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
