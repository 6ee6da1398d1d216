package dev.ashlar.maven;

import java.util.List;

/** What {@code ashlar:codegen} writes (the {@code check} goal is the CLI's {@code --check}). */
public enum CodegenMode {
    /** A named migration (needs {@code name}); squashes the development migrations. */
    WRITE(List.of()),
    /** A development migration, squashed by the next named run. */
    DEV(List.of("--dev")),
    /** Prints the SQL; writes nothing. */
    DRY_RUN(List.of("--dry-run")),
    /** The snapshots alone (the schema is already in the database). */
    SNAPSHOTS_ONLY(List.of("--snapshots-only"));

    private final List<String> flags;

    CodegenMode(List<String> flags) {
        this.flags = flags;
    }

    List<String> flags() {
        return flags;
    }
}
