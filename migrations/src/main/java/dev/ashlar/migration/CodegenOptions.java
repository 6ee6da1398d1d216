package dev.ashlar.migration;

import dev.ashlar.migration.spi.MigrationException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How {@link Codegen} runs. One {@link Mode} and one {@link RemovedTables} policy, so contradictory choices (drop and
 * keep, check and write) cannot be expressed. Build it with {@link #builder(Path)} or {@link #named(Path, String)}.
 *
 * @param root          the folder holding {@code <repo>/migration}, {@code <repo>/down}, {@code <repo>/snapshots}
 * @param name          the migration name ({@code snake_case}); required in {@link Mode#WRITE}, optional otherwise
 * @param mode          what the run writes
 * @param removedTables what happens to the table of a removed resource
 * @param repos         only these repos (empty: every repo, see {@link Codegen#repos()})
 * @param discardDevData when squashing, roll back applied development migrations without asking even when their
 *                       down scripts lose rows or values ({@code --discard-dev-data})
 * @param prompt        the terminal to ask questions on ({@link Prompt#none()} when there is nobody)
 * @param clock         the clock migration versions are taken from
 */
public record CodegenOptions(Path root, String name, Mode mode, RemovedTables removedTables, Set<String> repos,
                             boolean discardDevData, Prompt prompt, Clock clock) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

    /** What a run writes. Exactly one applies; the CLI flags {@code --dev}, {@code --check}, ... choose it. */
    public enum Mode {
        /** Write a named migration (squashing any development migrations first). */
        WRITE,
        /** Write a development migration ({@code _dev}), squashed by the next named run. */
        DEV,
        /** Write nothing and never ask: only report whether anything would be generated. */
        CHECK,
        /** Show what would be written; change nothing on disk or in any database. */
        DRY_RUN,
        /** Write the snapshots but no migration files (the schema is already in the database). */
        SNAPSHOTS_ONLY;

        /** True when files are written to disk. */
        boolean writes() {
            return this != CHECK && this != DRY_RUN;
        }

        /** True when applied development migrations are rolled back and replaced by this run's migration. */
        boolean squashesDev() {
            return this == WRITE || this == SNAPSHOTS_ONLY;
        }
    }

    /** What happens to the table of a resource that is no longer declared. */
    public enum RemovedTables {
        /** Ask on the terminal; without one, abort naming the flags. */
        ASK,
        /** Drop it with its rows, without asking. Also drops removed columns without asking. */
        DROP,
        /** Keep it without asking, and remember that in its snapshot. */
        KEEP
    }

    public CodegenOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(removedTables, "removedTables");
        repos = Set.copyOf(repos);
        prompt = prompt == null ? Prompt.none() : prompt;
        clock = clock == null ? Clock.systemUTC() : clock;
        if (name == null && mode == Mode.WRITE) {
            throw new MigrationException("a migration needs a name (codegen NAME), unless --dev, --check, --dry-run "
                    + "or --snapshots-only is given");
        }
        if (name != null && !NAME.matcher(name).matches()) {
            throw new MigrationException("migration name '" + name + "' must be lower snake_case ([a-z0-9_]+)");
        }
    }

    /** A named migration under {@code root}, non-interactive. */
    public static CodegenOptions named(Path root, String name) {
        return builder(root).name(name).build();
    }

    /** Options under {@code root}: mode {@link Mode#WRITE}, removed tables {@link RemovedTables#ASK}, no prompt. */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /** A builder holding these options, to change one or two. */
    public Builder toBuilder() {
        return new Builder(root).name(name).mode(mode).removedTables(removedTables).repos(repos)
                .discardDevData(discardDevData).prompt(prompt).clock(clock);
    }

    boolean check() {
        return mode == Mode.CHECK;
    }

    boolean dev() {
        return mode == Mode.DEV;
    }

    /** Builds {@link CodegenOptions}; each setter replaces the previous choice. */
    public static final class Builder {
        private final Path root;
        private String name;
        private Mode mode = Mode.WRITE;
        private RemovedTables removedTables = RemovedTables.ASK;
        private Set<String> repos = Set.of();
        private boolean discardDevData;
        private Prompt prompt;
        private Clock clock;

        private Builder(Path root) {
            this.root = root;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder mode(Mode value) {
            mode = value;
            return this;
        }

        public Builder removedTables(RemovedTables value) {
            removedTables = value;
            return this;
        }

        public Builder repos(Set<String> value) {
            repos = value;
            return this;
        }

        public Builder discardDevData(boolean value) {
            discardDevData = value;
            return this;
        }

        public Builder prompt(Prompt value) {
            prompt = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public CodegenOptions build() {
            return new CodegenOptions(root, name, mode, removedTables, repos, discardDevData, prompt, clock);
        }
    }
}
