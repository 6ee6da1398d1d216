package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that fails part-way, or that would leave a dangling reference, changes nothing: schema, history and
 * rows are exactly as before, on every dialect. A rollback that cannot be done safely (changed file, missing down
 * script, data loss without force, a target that is not the applied tail) is refused with the reason, and
 * changes nothing either.
 */
@Tck
class MigrationFailureTest {

    /** What must not change: the live schema, the runner's view of the history, and the generated files. */
    private record Before(SchemaModel schema, List<MigrationInfo> status, Map<String, String> files) {
        static Before of(MigrationWorkspace ws, int version) {
            return new Before(ws.introspect(Library.at(version)), ws.status(Library.at(version)), ws.files());
        }

        void assertUnchanged(MigrationWorkspace ws, int version) {
            assertThat(ws.introspect(Library.at(version))).as("schema").isEqualTo(schema);
            assertThat(ws.status(Library.at(version))).as("status (flyway_schema_history)").isEqualTo(status);
            assertThat(ws.files()).as("migration files").isEqualTo(files);
        }
    }

    /** Version 1 migrated, with two authors and three books (two by Ann). */
    private static LibraryData startAtVersion1(MigrationWorkspace ws) {
        ws.generate(Library.at(1), Library.stepName(1));
        ws.migrate(Library.at(1), MigrateRequest.all());
        LibraryData data = new LibraryData();
        ws.with(Library.at(1), ashlar -> {
            LibraryData.Author ann = data.addAuthor(ashlar, 1, "Ann", null, null);
            LibraryData.Author bob = data.addAuthor(ashlar, 1, "Bob", "bobby", null);
            data.addBook(ashlar, 1, "Dune", "412", "classic", ann);
            data.addBook(ashlar, 1, "Emma", "300", null, bob);
            data.addBook(ashlar, 1, "Faust", null, null, ann);
            return null;
        });
        return data;
    }

    private static void assertIntact(MigrationWorkspace ws, LibraryData data, int version, String when) {
        ws.with(Library.at(version), ashlar -> {
            data.assertIntact(ashlar, version, when);
            return null;
        });
    }

    @Test
    void aMigrationFailingHalfWayLeavesSchemaHistoryAndRowsAsBefore(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        LibraryData data = startAtVersion1(ws);
        // to version 3 in one migration: add authors.country, make authors.nickname required (a parent rebuild on
        // SQLite, with cascading children), then a statement that fails
        String v3 = ws.generate(Library.at(3), "country_and_nickname");
        Path up = ws.upFile(v3);
        String generated = read(up);
        MigrationWorkspace.append(up, "\nupdate no_such_table set no_such_column = 1;\n");
        Before before = Before.of(ws, 1);

        MigrationException failure = catchThrowableOfType(MigrationException.class,
                () -> ws.migrate(Library.at(3), MigrateRequest.all()));

        assertThat(failure).as("migrate with a failing last statement").isNotNull();
        assertThat(failure.getMessage()).contains(v3).contains("no_such_table");
        before.assertUnchanged(ws, 1);
        assertThat(before.status()).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
        ws.assertSchemaMatches(Library.at(1), "after the failed migration");
        assertIntact(ws, data, 1, "after the failed migration");

        // never applied, so fixing the file is safe; then it applies
        MigrationWorkspace.write(up, generated);
        assertThat(ws.migrate(Library.at(3), MigrateRequest.all())).extracting(MigrationInfo::version)
                .containsExactly(v3);
        data.migrated(2);
        data.migrated(3);
        ws.assertSchemaMatches(Library.at(3), "after the fixed migration");
        assertIntact(ws, data, 3, "after the fixed migration");
    }

    @Test
    void aMigrationThatWouldLeaveADanglingReferenceFailsAndChangesNothing(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        LibraryData data = startAtVersion1(ws);
        // a hand-written data migration: a book whose author does not exist (SQLite runs migrations with
        // enforcement off, so its foreign-key check has to catch this)
        Path orphan = ws.source().migrations().resolve("V20260101000009__orphan_book.sql");
        MigrationWorkspace.write(orphan, "insert into books (id, title, author_id) values "
                + "('00000000-0000-0000-0000-0000000000b1', 'Orphan', '00000000-0000-0000-0000-0000000000a9');\n");
        Before before = Before.of(ws, 1);

        MigrationException failure = catchThrowableOfType(MigrationException.class,
                () -> ws.migrate(Library.at(1), MigrateRequest.all()));

        assertThat(failure).as("migrate inserting a book of a missing author").isNotNull();
        assertThat(failure.getMessage()).contains("20260101000009").containsIgnoringCase("foreign key");
        before.assertUnchanged(ws, 1);
        assertIntact(ws, data, 1, "after the refused orphan");
    }

    @Test
    void rollingBackAMigrationWhoseFileChangedSinceItWasAppliedIsRefused(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        LibraryData data = startAtVersion1(ws);
        String v2 = ws.generate(Library.at(2), Library.stepName(2));
        ws.migrate(Library.at(2), MigrateRequest.all());
        data.migrated(2);
        MigrationWorkspace.append(ws.upFile(v2), "\n-- edited after it was applied\n");
        Before before = Before.of(ws, 2);
        assertThat(before.status()).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.CHECKSUM_MISMATCH);

        MigrationException refusal = catchThrowableOfType(MigrationException.class,
                () -> ws.rollback(Library.at(2), RollbackRequest.last(1).forced()));

        assertThat(refusal).as("rollback of an edited migration").isNotNull();
        assertThat(refusal.getMessage()).contains(v2).containsIgnoringCase("checksum");
        before.assertUnchanged(ws, 2);
        assertIntact(ws, data, 2, "after the refused rollback");
    }

    @Test
    void rollingBackAMigrationWithoutADownScriptIsRefused(TckContext tck, @TempDir Path root) throws IOException {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        LibraryData data = startAtVersion1(ws);
        String v2 = ws.generate(Library.at(2), Library.stepName(2));
        ws.migrate(Library.at(2), MigrateRequest.all());
        data.migrated(2);
        Files.delete(ws.downFile(v2));
        Before before = Before.of(ws, 2);

        MigrationException refusal = catchThrowableOfType(MigrationException.class,
                () -> ws.rollback(Library.at(2), RollbackRequest.last(1).forced()));

        assertThat(refusal).as("rollback without a down script").isNotNull();
        assertThat(refusal.getMessage()).contains(v2).contains("down script");
        before.assertUnchanged(ws, 2);
        assertIntact(ws, data, 2, "after the refused rollback");
    }

    @Test
    void rollingBackAMigrationWhoseDownScriptLosesDataNeedsForce(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        LibraryData data = startAtVersion1(ws);
        String v2 = ws.generate(Library.at(2), Library.stepName(2)); // its down script drops authors.country
        ws.migrate(Library.at(2), MigrateRequest.all());
        data.migrated(2);
        Before before = Before.of(ws, 2);

        MigrationException refusal = catchThrowableOfType(MigrationException.class,
                () -> ws.rollback(Library.at(2), RollbackRequest.last(1)));

        assertThat(refusal).as("rollback dropping a column, without force").isNotNull();
        assertThat(refusal.getMessage()).contains(v2).contains("country").containsIgnoringCase("force");
        before.assertUnchanged(ws, 2);
        assertIntact(ws, data, 2, "after the refused rollback");

        assertThat(ws.rollback(Library.at(2), RollbackRequest.last(1).forced())).extracting(MigrationInfo::version)
                .containsExactly(v2);
        data.rolledBack(2);
        ws.assertSchemaMatches(Library.at(1), "after the forced rollback");
        assertIntact(ws, data, 1, "after the forced rollback");
    }

    @Test
    void rollingBackToAVersionThatIsNotPartOfTheAppliedHistoryIsRefused(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        LibraryData data = startAtVersion1(ws);
        String v1 = ws.status(Library.at(1)).get(0).version();
        ws.skipSeconds(1);
        String v2 = ws.generate(Library.at(2), Library.stepName(2));
        ws.migrate(Library.at(2), MigrateRequest.all());
        data.migrated(2);
        // a migration merged from another branch, older than the newest applied one: never applied
        String between = String.valueOf(Long.parseLong(v1) + 1);
        assertThat(between).isLessThan(v2);
        MigrationWorkspace.write(ws.source().migrations().resolve("V" + between + "__from_another_branch.sql"),
                "create table stray (id integer);\n");
        MigrationWorkspace.write(ws.source().downs().resolve("V" + between + "__from_another_branch.down.sql"),
                "drop table stray;\n");
        Before before = Before.of(ws, 2);
        assertThat(before.status()).extracting(MigrationInfo::version, MigrationInfo::state).containsExactly(
                tuple(v1, MigrationState.APPLIED),
                tuple(between, MigrationState.OUT_OF_ORDER),
                tuple(v2, MigrationState.APPLIED));

        MigrationException toUnapplied = catchThrowableOfType(MigrationException.class,
                () -> ws.rollback(Library.at(2), RollbackRequest.to(between).forced()));
        MigrationException tooMany = catchThrowableOfType(MigrationException.class,
                () -> ws.rollback(Library.at(2), RollbackRequest.last(3).forced()));

        assertThat(toUnapplied).as("rollback to a version that is not applied").isNotNull();
        assertThat(toUnapplied.getMessage()).contains(between).contains("not applied");
        assertThat(tooMany).as("rollback of more migrations than are applied").isNotNull();
        assertThat(tooMany.getMessage()).contains("3");
        before.assertUnchanged(ws, 2);
        assertIntact(ws, data, 2, "after the refused rollbacks");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
