package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ashlar.migration.drift.DriftReport;
import dev.ashlar.migration.drift.SchemaDifference;
import dev.ashlar.migration.drift.SchemaDifference.Kind;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift check ({@code Migrations.drift}) finds changes made to a database by hand, outside migrations, and
 * nothing else: a column added, an index dropped, a foreign key's action changed. Every migration scenario of the
 * TCK also asserts that it finds nothing on a database made by Ashlar's own migrations
 * ({@link MigrationWorkspace#assertSchemaMatches}).
 */
@Tck
class DriftCheckTest {

    /** The library at V7 (books' foreign key on delete cascade), made by one migration. */
    private static MigrationWorkspace libraryAtVersion7(TckContext tck, Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        ws.generate(Library.at(7), "create_library");
        ws.migrate(Library.at(7), MigrateRequest.all());
        ws.assertNoDrift(Library.at(7), "before any change by hand");
        return ws;
    }

    @Test
    void aColumnAddedByHandIsExtra(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = libraryAtVersion7(tck, root);

        ws.executeByHand("alter table books add column notes text");

        DriftReport report = ws.migrations(Library.at(7)).drift(Library.REPO);
        assertThat(report.hasDrift()).isTrue();
        assertThat(report.differences()).extracting(SchemaDifference::kind, SchemaDifference::table,
                SchemaDifference::name, SchemaDifference::expected)
                .containsExactly(tuple(Kind.COLUMN_EXTRA, "books", "notes", null));
        assertThat(report.differences().get(0).describe())
                .startsWith("column books.notes is in the database but not in the migrations (text");
        assertThat(report.declarationMatchesSnapshots()).isTrue();
    }

    @Test
    void anIndexDroppedByHandIsMissing(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = libraryAtVersion7(tck, root);

        ws.executeByHand("drop index authors_unique_name_index");

        DriftReport report = ws.migrations(Library.at(7)).drift(Library.REPO);
        assertThat(report.differences()).extracting(SchemaDifference::kind, SchemaDifference::table,
                SchemaDifference::name, SchemaDifference::expected, SchemaDifference::actual)
                .containsExactly(tuple(Kind.INDEX_MISSING, "authors", "authors_unique_name_index", "unique (name)",
                        null));
    }

    /**
     * The foreign key's action changed by running, by hand, the SQL codegen writes for V8 (on delete restrict):
     * the one way to change it that works on every dialect (SQLite rebuilds the table).
     */
    @Test
    void aForeignKeyActionChangedByHandIsReported(TckContext tck, @TempDir Path root, @TempDir Path scratch) {
        MigrationWorkspace ws = libraryAtVersion7(tck, root);
        copy(root, scratch);
        MigrationWorkspace elsewhere = new MigrationWorkspace(tck, scratch);
        elsewhere.skipSeconds(5);
        String v8 = elsewhere.generate(Library.at(8), "restrict_author_delete");

        ws.executeByHand(read(elsewhere.upFile(v8)));

        DriftReport report = ws.migrations(Library.at(7)).drift(Library.REPO);
        assertThat(report.differences()).extracting(SchemaDifference::kind, SchemaDifference::table,
                SchemaDifference::name)
                .containsExactly(tuple(Kind.FOREIGN_KEY_CHANGED, "books", "books_author_id_fkey"));
        SchemaDifference changed = report.differences().get(0);
        assertThat(changed.expected()).contains("on delete cascade");
        assertThat(changed.actual()).contains("on delete restrict");
    }

    @Test
    void aTableDroppedByHandIsMissingAndOneCreatedByHandIsExtra(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = libraryAtVersion7(tck, root);

        ws.executeByHand("drop table books");
        ws.executeByHand("create table scratch (note text)");

        DriftReport report = ws.migrations(Library.at(7)).drift(Library.REPO);
        assertThat(report.differences()).extracting(SchemaDifference::kind, SchemaDifference::table)
                .containsExactly(tuple(Kind.TABLE_MISSING, "books"), tuple(Kind.TABLE_EXTRA, "scratch"));
    }

    /** Pending migrations are not drift: the database is compared with the applied ones, and a note says so. */
    @Test
    void pendingMigrationsAreNotDriftButTheDeclarationAheadOfTheSnapshotsIsSaid(TckContext tck,
                                                                                @TempDir Path root) {
        MigrationWorkspace ws = libraryAtVersion7(tck, root);
        ws.generate(Library.at(8), "restrict_author_delete");

        DriftReport pending = ws.assertNoDrift(Library.at(8), "with V8 pending");
        assertThat(pending.notes()).anySatisfy(note -> assertThat(note).startsWith("1 migration is pending"));
        assertThat(pending.declarationMatchesSnapshots()).isTrue();

        DriftReport ahead = ws.assertNoDrift(Library.at(9), "with V9 declared but not generated");
        assertThat(ahead.declarationMatchesSnapshots()).isFalse();
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
