package dev.ashlar.migration;

import dev.ashlar.migration.spi.MigrationSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The generated files of one repo: up scripts {@code V<version>__<name>.sql} in the Flyway location and down scripts
 * {@code V<version>__<name>.down.sql} beside it, outside that location. Development migrations end in {@code _dev}.
 */
final class MigrationFiles {
    static final String DEV_SUFFIX = "_dev";
    /** The {@code previous} header of the first migration. */
    static final String NO_PREVIOUS = "none";
    private static final Pattern PREVIOUS = Pattern.compile("(?m)^-- previous: (\\S+)$");
    private static final Pattern UP = Pattern.compile("^V(\\d{14})__(.+)\\.sql$");

    private final MigrationSource source;

    /** One generated migration. */
    record Entry(String version, String name, Path up, Path down) {
        boolean dev() {
            return name.endsWith(DEV_SUFFIX);
        }
    }

    MigrationFiles(MigrationSource source) {
        this.source = source;
    }

    List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(source.migrations())) {
            return out;
        }
        try (Stream<Path> files = Files.list(source.migrations())) {
            for (Path file : files.sorted().toList()) {
                Matcher m = UP.matcher(file.getFileName().toString());
                if (m.matches() && !file.getFileName().toString().endsWith(".down.sql")) {
                    out.add(new Entry(m.group(1), m.group(2), file, downPath(m.group(1), m.group(2))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    List<Entry> devEntries() {
        return list().stream().filter(Entry::dev).toList();
    }

    /**
     * Each generated migration records the version it followed ({@code -- previous:}). When migrations generated on
     * two branches are merged, one of them no longer follows what it records: its diff was made without the other's
     * changes. Returns why, or empty when the chain holds. Files without the header (hand-written) are skipped.
     */
    Optional<String> chainBreak() {
        List<Entry> entries = list();
        for (int i = 0; i < entries.size(); i++) {
            Optional<String> recorded = previousOf(entries.get(i));
            String actual = i == 0 ? NO_PREVIOUS : entries.get(i - 1).version();
            if (recorded.isPresent() && !recorded.get().equals(actual)) {
                Entry e = entries.get(i);
                return Optional.of("migration " + e.version() + " (" + e.name() + ") was generated after "
                        + recorded.get() + ", but " + actual + " now comes before it: migrations were generated on two "
                        + "branches and merged. If " + e.version() + " is not applied anywhere yet, delete its up and "
                        + "down files and the snapshots of version " + e.version() + ", then run codegen again so it "
                        + "is diffed against both; otherwise resolve by hand.");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> previousOf(Entry entry) {
        try {
            Matcher m = PREVIOUS.matcher(Files.readString(entry.up()));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path upPath(String version, String name) {
        return source.migrations().resolve("V" + version + "__" + name + ".sql");
    }

    Path downPath(String version, String name) {
        return source.downs().resolve("V" + version + "__" + name + ".down.sql");
    }

    void delete(Entry entry) {
        try {
            Files.deleteIfExists(entry.up());
            Files.deleteIfExists(entry.down());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
