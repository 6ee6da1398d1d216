package dev.ashlar.migration;

import dev.ashlar.migration.spi.MigrationOperation;
import java.nio.file.Path;
import java.util.List;

/** What {@link Codegen} found and wrote, per repo. */
public record CodegenResult(List<RepoResult> repos) {

    public CodegenResult {
        repos = List.copyOf(repos);
    }

    /** A file written (or, in check and dry-run modes, that would be written). */
    public record GeneratedFile(Path path, String content) {}

    /** A remark for the user. */
    public record Note(Kind kind, String text) {
        /** What the remark means for the run. */
        public enum Kind {
            /** For information only (development migrations squashed, a table kept, resources skipped). */
            INFO,
            /** Something still to generate or resolve: {@code --check} fails on it. */
            PENDING,
            /** A question codegen would ask (a rename, a drop); {@code --check} fails on it. */
            QUESTION
        }

        static Note info(String text) {
            return new Note(Kind.INFO, text);
        }

        static Note pending(String text) {
            return new Note(Kind.PENDING, text);
        }

        static Note question(String text) {
            return new Note(Kind.QUESTION, text);
        }
    }

    /**
     * @param version    the new version (of the migration, or of the snapshots alone), or {@code null} when nothing
     *                   changed
     * @param operations what changed in the schema (empty when only snapshot markers changed)
     * @param files      the files written, or those that would be
     * @param notes      remarks for the user
     * @param retired    the domain no longer uses this repo; it is visited because it has migrations under the root
     */
    public record RepoResult(String repo, String dialect, String version, List<MigrationOperation> operations,
                             List<GeneratedFile> files, List<Note> notes, boolean retired) {
        public RepoResult {
            operations = List.copyOf(operations);
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }

        /** True when anything was (or would be) written, or something is pending or would be asked. */
        public boolean changed() {
            return !files.isEmpty() || notes.stream().anyMatch(n -> n.kind() != Note.Kind.INFO);
        }
    }

    /** True when anything was (or would be) generated, or development migrations remain. */
    public boolean changed() {
        return repos.stream().anyMatch(RepoResult::changed);
    }
}
