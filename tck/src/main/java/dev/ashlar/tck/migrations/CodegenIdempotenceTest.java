package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ashlar.domain.Domain;
import dev.ashlar.migration.CodegenOptions;
import dev.ashlar.migration.CodegenResult;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.Prompt;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codegen writes a migration only for a real change: run again on an unchanged declaration it writes nothing, at
 * every version of the {@link Library} (renamed-from hints left in place included). {@code check} writes nothing and
 * never asks, and reports a pending change, an unanswered rename included. Status tells applied from pending.
 */
@Tck
class CodegenIdempotenceTest {

    /** A prompt that fails the test when asked: check mode must never ask. */
    private static final Prompt NEVER_ASKED = question -> {
        throw new AssertionError("check mode asked: " + question);
    };

    private static UnaryOperator<CodegenOptions.Builder> optionsFor(int version) {
        return version == 9 ? o -> o.removedTables(CodegenOptions.RemovedTables.DROP) : o -> o;
    }

    @Test
    void codegenTwiceWithNoChangeGeneratesNothingAtEveryVersion(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        for (int v = 1; v <= Library.LAST; v++) {
            CodegenResult first = ws.codegen(Library.at(v), Library.stepName(v), optionsFor(v));
            assertThat(first.changed()).as("codegen for V" + v).isTrue();
            assertThat(first.repos().get(0).operations()).as("operations for V" + v).isNotEmpty();
            Map<String, String> files = ws.files();

            CodegenResult again = ws.codegen(Library.at(v), "again_" + v, optionsFor(v));

            assertThat(again.changed()).as("codegen again at V" + v + ": " + again.repos().get(0).operations())
                    .isFalse();
            assertThat(again.repos().get(0).version()).isNull();
            assertThat(again.repos().get(0).files()).isEmpty();
            assertThat(ws.files()).as("files after codegen again at V" + v).isEqualTo(files);
        }
    }

    @Test
    void checkOnACleanTreeReportsNoChangeAndWritesNothing(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        ws.generate(Library.at(1), Library.stepName(1));
        ws.generate(Library.at(2), Library.stepName(2));
        Map<String, String> files = ws.files();

        CodegenResult check = ws.codegen(Library.at(2), null, o -> o.mode(CodegenOptions.Mode.CHECK).prompt(NEVER_ASKED));

        assertThat(check.changed()).as("check on a clean tree: " + check.repos().get(0).notes()).isFalse();
        assertThat(ws.files()).isEqualTo(files);
    }

    @Test
    void checkWithAPendingChangeReportsItAndWritesNothing(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        ws.generate(Library.at(1), Library.stepName(1));
        Map<String, String> files = ws.files();

        CodegenResult check = ws.codegen(Library.at(2), null, o -> o.mode(CodegenOptions.Mode.CHECK).prompt(NEVER_ASKED));

        assertThat(check.changed()).as("check with authors.country not generated yet").isTrue();
        assertThat(ws.files()).as("files after check").isEqualTo(files);
    }

    @Test
    void checkWithAnUnhintedRenameOfANullableColumnReportsItWithoutAsking(TckContext tck, @TempDir Path root) {
        // books.note renamed to remark without the renamed-from hint: a question check mode may not ask
        assertCheckReportsAnUnhintedRename(tck, root, unhintedBook("title", "remark"), "note");
    }

    @Test
    void checkWithAnUnhintedRenameOfARequiredColumnReportsItWithoutAsking(TckContext tck, @TempDir Path root) {
        // books.title (required, no default) renamed to headline without the hint: codegen would ask whether it is
        // a rename; check mode may neither ask nor fail on the add-a-required-column it would be otherwise
        assertCheckReportsAnUnhintedRename(tck, root, unhintedBook("headline", "note"), "title");
    }

    /** Version 1's book with its title and note columns named as given, and no renamed-from hints. */
    private static Resource unhintedBook(String title, String note) {
        return Resource.define("Book", r -> r.table("books")
                .attributes(a -> a.uuidPrimaryKey("id").string(title).required().integer("pages"))
                .belongsTo("author", "Author", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
                .attributes(a -> a.text(note)));
    }

    /** Check reports the change and names the question: the renamed-from hint of {@code oldColumn} answers it. */
    private static void assertCheckReportsAnUnhintedRename(TckContext tck, Path root, Resource book,
                                                           String oldColumn) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        ws.generate(Library.at(1), Library.stepName(1));
        Map<String, String> files = ws.files();
        Domain domain = Domain.define("library_unhinted", d -> d.resources(Library.author(1), book));

        CodegenResult check = ws.codegen(domain, null, o -> o.mode(CodegenOptions.Mode.CHECK).prompt(NEVER_ASKED));

        assertThat(check.changed()).as("check with an unanswered rename").isTrue();
        assertThat(check.repos().get(0).notes()).as("notes of check with an unanswered rename")
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo(CodegenResult.Note.Kind.QUESTION))
                .anySatisfy(n -> assertThat(n.text()).contains("rename question is pending")
                        .contains(".renamedFrom(\"" + oldColumn + "\")").contains("--allow-destructive"));
        assertThat(ws.files()).as("files after check").isEqualTo(files);
    }

    @Test
    void statusTellsAppliedFromPendingMigrations(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        String v1 = ws.generate(Library.at(1), Library.stepName(1));
        String v2 = ws.generate(Library.at(2), Library.stepName(2));
        Domain domain = Library.at(2);
        assertThat(ws.status(domain)).extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(tuple(v1, MigrationState.PENDING), tuple(v2, MigrationState.PENDING));

        ws.migrate(domain, MigrateRequest.next(1));

        List<MigrationInfo> oneApplied = ws.status(domain);
        assertThat(oneApplied).extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(tuple(v1, MigrationState.APPLIED), tuple(v2, MigrationState.PENDING));
        assertThat(oneApplied.get(0).appliedAt()).isNotNull();
        assertThat(oneApplied.get(1).appliedAt()).isNull();
        ws.assertSchemaMatches(Library.at(1), "with V1 applied");
        assertThat(ws.codegen(domain, "nothing_new", o -> o).changed()).as("codegen with V2 generated").isFalse();

        ws.migrate(domain, MigrateRequest.all());

        assertThat(ws.status(domain)).extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(tuple(v1, MigrationState.APPLIED), tuple(v2, MigrationState.APPLIED));
        assertThat(ws.status(domain).get(0)).as("V1 is unchanged by applying V2").isEqualTo(oneApplied.get(0));
        ws.assertSchemaMatches(domain, "with V1 and V2 applied");
    }
}
