package dev.ashlar.sql.migrate;

import dev.ashlar.migration.spi.MigrationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The down scripts of one repo, {@code V<version>__<name>.down.sql}, kept outside Flyway's location so Flyway
 * never mistakes them for up scripts. A script loses data when a line of its header comment (the comment lines
 * before the first statement) starts with {@code -- destructive:}.
 */
final class DownScripts {
    static final String SUFFIX = ".down.sql";
    private static final String MARKER = "destructive:";

    private final Path folder;
    private final Map<MigrationVersion, Path> byVersion;

    private DownScripts(Path folder, Map<MigrationVersion, Path> byVersion) {
        this.folder = folder;
        this.byVersion = byVersion;
    }

    /** The scripts in {@code folder}; none when it does not exist. */
    static DownScripts in(Path folder) {
        Map<MigrationVersion, Path> byVersion = new HashMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    Optional<MigrationVersion> version = version(file.getFileName().toString());
                    if (version.isEmpty()) {
                        continue;
                    }
                    Path other = byVersion.putIfAbsent(version.get(), file);
                    if (other != null) {
                        throw new MigrationException("two down scripts for V" + version.get() + " in " + folder + ": "
                                + other.getFileName() + " and " + file.getFileName() + "; keep the one that matches "
                                + "its up script and delete the other");
                    }
                }
            } catch (IOException e) {
                throw new MigrationException("cannot list down scripts in " + folder + ": " + e.getMessage(), e);
            }
        }
        return new DownScripts(folder, byVersion);
    }

    /** The version of a down script's file name, e.g. {@code V20261121054400__add_price.down.sql}. */
    static Optional<MigrationVersion> version(String fileName) {
        int separator = fileName.indexOf("__");
        if (!fileName.startsWith("V") || !fileName.endsWith(SUFFIX) || separator < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(MigrationVersion.fromVersion(fileName.substring(1, separator).replace('_', '.')));
        } catch (RuntimeException e) {
            return Optional.empty(); // not a version: not one of ours
        }
    }

    Path folder() {
        return folder;
    }

    Optional<Path> find(MigrationVersion version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    /** What the down script of {@code version} declares it loses, e.g. {@code [drop table x]}; empty when nothing. */
    List<String> losses(MigrationVersion version) {
        return find(version).map(DownScripts::losses).orElse(List.of());
    }

    static List<String> losses(Path script) {
        List<String> losses = new ArrayList<>();
        try (Stream<String> lines = Files.lines(script, StandardCharsets.UTF_8)) {
            for (String raw : (Iterable<String>) lines::iterator) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (!line.startsWith("--")) {
                    break; // the header ends at the first statement
                }
                String comment = line.substring(2).strip();
                if (comment.toLowerCase(Locale.ROOT).startsWith(MARKER)) {
                    losses.add(comment.substring(MARKER.length()).strip());
                }
            }
        } catch (IOException e) {
            throw new MigrationException("cannot read " + script + ": " + e.getMessage(), e);
        }
        return losses;
    }

    /** The text of a script, with a byte-order mark removed. */
    static String read(Path script) {
        try {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new MigrationException("cannot read " + script + ": " + e.getMessage(), e);
        }
    }
}
