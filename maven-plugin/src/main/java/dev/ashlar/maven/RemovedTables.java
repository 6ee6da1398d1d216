package dev.ashlar.maven;

import java.util.List;

/** What {@code ashlar:codegen} does with the tables of removed resources and removed columns. */
public enum RemovedTables {
    /** Stop and name the options (Maven never asks: the command runs without a terminal). */
    ASK(List.of()),
    /** Drop removed tables and columns ({@code --allow-destructive}). */
    DROP(List.of("--allow-destructive")),
    /** Keep the tables of removed resources and remember that ({@code --keep-removed-tables}). */
    KEEP(List.of("--keep-removed-tables"));

    private final List<String> flags;

    RemovedTables(List<String> flags) {
        this.flags = flags;
    }

    List<String> flags() {
        return flags;
    }
}
