package dev.ashlar.migration;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link Codegen} runs.
 *
 * @param root              the folder holding {@code <repo>/migration}, {@code <repo>/down}, {@code <repo>/snapshots}
 * @param name              the migration name ({@code snake_case}); may be null with {@code dev}, {@code check} or
 *                          {@code dryRun}
 * @param dev               write a development migration ({@code _dev}) to be squashed by the next named run
 * @param check             write nothing and never ask: only report whether anything would be generated
 * @param dryRun            print what would be written; change nothing on disk or in any database
 * @param snapshotsOnly     write the snapshots but no migration files
 * @param repos             only these repos (empty: every repo of the domain)
 * @param allowDestructive  drop removed columns and tables without asking
 * @param keepRemovedTables keep tables whose resource was removed, without asking, and remember that
 * @param discardDevData    when squashing, roll back applied development migrations without asking even when
 *                          their down scripts lose data
 */
public record CodegenOptions(Path root, String name, boolean dev, boolean check, boolean dryRun, boolean snapshotsOnly,
                             Set<String> repos, boolean allowDestructive, boolean keepRemovedTables,
                             boolean discardDevData, Prompt prompt, Clock clock) {
    public CodegenOptions {
        Objects.requireNonNull(root, "root");
        repos = Set.copyOf(repos);
        prompt = prompt == null ? Prompt.none() : prompt;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** A named migration under {@code root}, non-interactive. */
    public static CodegenOptions named(Path root, String name) {
        return new CodegenOptions(root, name, false, false, false, false, Set.of(), false, false, false, Prompt.none(), null);
    }

    public CodegenOptions withName(String value) {
        return new CodegenOptions(root, value, dev, check, dryRun, snapshotsOnly, repos, allowDestructive, keepRemovedTables, discardDevData, prompt, clock);
    }

    public CodegenOptions asDev() {
        return new CodegenOptions(root, name, true, check, dryRun, snapshotsOnly, repos, allowDestructive, keepRemovedTables, discardDevData, prompt, clock);
    }

    public CodegenOptions asCheck() {
        return new CodegenOptions(root, name, dev, true, dryRun, snapshotsOnly, repos, allowDestructive, keepRemovedTables, discardDevData, prompt, clock);
    }

    public CodegenOptions asDryRun() {
        return new CodegenOptions(root, name, dev, check, true, snapshotsOnly, repos, allowDestructive, keepRemovedTables, discardDevData, prompt, clock);
    }

    public CodegenOptions asSnapshotsOnly() {
        return new CodegenOptions(root, name, dev, check, dryRun, true, repos, allowDestructive, keepRemovedTables, discardDevData, prompt, clock);
    }

    public CodegenOptions withRepos(Set<String> value) {
        return new CodegenOptions(root, name, dev, check, dryRun, snapshotsOnly, value, allowDestructive, keepRemovedTables, discardDevData, prompt, clock);
    }

    public CodegenOptions allowingDestructive() {
        return new CodegenOptions(root, name, dev, check, dryRun, snapshotsOnly, repos, true, keepRemovedTables, discardDevData, prompt, clock);
    }

    public CodegenOptions keepingRemovedTables() {
        return new CodegenOptions(root, name, dev, check, dryRun, snapshotsOnly, repos, allowDestructive, true, discardDevData, prompt, clock);
    }

    public CodegenOptions discardingDevData() {
        return new CodegenOptions(root, name, dev, check, dryRun, snapshotsOnly, repos, allowDestructive, keepRemovedTables, true, prompt, clock);
    }

    public CodegenOptions withPrompt(Prompt value) {
        return new CodegenOptions(root, name, dev, check, dryRun, snapshotsOnly, repos, allowDestructive, keepRemovedTables, discardDevData, value, clock);
    }

    public CodegenOptions withClock(Clock value) {
        return new CodegenOptions(root, name, dev, check, dryRun, snapshotsOnly, repos, allowDestructive, keepRemovedTables, discardDevData, prompt, value);
    }
}
