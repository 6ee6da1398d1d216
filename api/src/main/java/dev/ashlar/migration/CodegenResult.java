package dev.ashlar.migration;

import java.nio.file.Path;
import java.util.List;

/** What {@link Codegen} found and wrote, per repo. */
public record CodegenResult(List<RepoResult> repos) {

    public CodegenResult {
        repos = List.copyOf(repos);
    }

    /** A file written (or, in check and dry-run modes, that would be written). */
    public record GeneratedFile(Path path, String content) {}

    /**
     * @param version    the new migration version, or {@code null} when nothing changed
     * @param operations what changed
     * @param files      the files written, or those that would be
     * @param notes      remarks for the user (dev migrations squashed, tables kept, ...)
     */
    public record RepoResult(String repo, String dialect, String version, List<MigrationOperation> operations,
                             List<GeneratedFile> files, List<String> notes) {
        public RepoResult {
            operations = List.copyOf(operations);
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }

        public boolean changed() {
            return !files.isEmpty() || notes.stream().anyMatch(n -> n.startsWith("pending:"));
        }
    }

    /** True when anything was (or would be) generated, or development migrations remain. */
    public boolean changed() {
        return repos.stream().anyMatch(RepoResult::changed);
    }
}
