package dev.ashlar.tck.migrations;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.migration.Codegen;
import dev.ashlar.migration.CodegenOptions;
import dev.ashlar.migration.CodegenOptions.Mode;
import dev.ashlar.migration.CodegenOptions.RemovedTables;
import dev.ashlar.migration.CodegenResult;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.Migrations;
import dev.ashlar.migration.Prompt;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.Query;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to the table of a resource that is no longer declared: a kept table (flag or declined drop) costs a
 * snapshot and no migration, and declaring its resource again adopts it (nothing to create; the usual alters when it
 * differs); moving the last resource out of a repo, or removing every resource, offers the old repo's tables for
 * drop like any removed resource's, and that repo stays addressable until they are gone.
 */
@Tck
class RemovedResourcesTest {
    /** A snapshot's kept-table marker. */
    private static final String KEPT_MARKER = "\"drop_declined\"\\s*:\\s*true";

    private static Domain library(Resource... resources) {
        return Domain.define("library_removed", d -> d.resources(resources));
    }

    private static Domain withoutBooks() {
        return library(Library.author(1));
    }

    /** Version 1's book with one more (nullable) column. */
    private static Resource bookWithIsbn() {
        return Resource.define("Book", r -> r.table("books")
                .attributes(a -> a.uuidPrimaryKey("id").string("title").required().integer("pages"))
                .belongsTo("author", "Author", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
                .attributes(a -> a.text("note").text("isbn"))
                .actions(x -> x.defaults(CREATE, READ).defaultAccept("title", "pages", "author_id", "note", "isbn")));
    }

    /** Version 1 with one author and one book, migrated. */
    private static MigrationWorkspace libraryWithABook(TckContext tck, Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        ws.generate(Library.at(1), Library.stepName(1));
        ws.migrate(Library.at(1), MigrateRequest.all());
        ws.with(Library.at(1), ashlar -> {
            var author = ashlar.create(ashlar.domain().require("Author"), Map.of("name", "Ann"));
            return ashlar.create(ashlar.domain().require("Book"), Map.of("title", "Kept", "pages", 12,
                    "author_id", author.getUuid("id")));
        });
        return ws;
    }

    private static int books(MigrationWorkspace ws, Domain domain) {
        return ws.with(domain, a -> a.read(Query.of(a.domain().require("Book"))).size());
    }

    private static List<String> upScripts(MigrationWorkspace ws) {
        return ws.files().keySet().stream().filter(f -> f.startsWith(Library.REPO + "/migration/")).toList();
    }

    @Test
    void keepingARemovedTableWritesItsSnapshotOnlyAndMigratesNothing(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = libraryWithABook(tck, root);
        List<String> scripts = upScripts(ws);

        CodegenResult kept = ws.codegen(withoutBooks(), "remove_books", o -> o.removedTables(RemovedTables.KEEP));

        CodegenResult.RepoResult repo = kept.repos().get(0);
        assertThat(repo.operations()).as("operations of a kept table").isEmpty();
        assertThat(repo.files()).as("files of a kept table").singleElement()
                .satisfies(f -> assertThat(f.path().toString()).contains("snapshots"))
                .satisfies(f -> assertThat(f.content()).containsPattern(KEPT_MARKER));
        assertThat(repo.notes()).anyMatch(n -> n.text().contains("kept table books"));
        assertThat(upScripts(ws)).as("no migration without statements").isEqualTo(scripts);
        assertThat(ws.migrate(withoutBooks(), MigrateRequest.all())).as("applied after keeping books").isEmpty();
        assertThat(ws.codegen(withoutBooks(), "later", o -> o).changed()).as("a kept table is never asked again")
                .isFalse();
    }

    @Test
    void aDeclinedDropWritesItsSnapshotOnly(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = libraryWithABook(tck, root);
        List<String> scripts = upScripts(ws);

        CodegenResult declined = ws.codegen(withoutBooks(), "remove_books",
                o -> o.prompt(Prompt.answering(Map.of("Drop it", false))));

        assertThat(declined.repos().get(0).files()).singleElement()
                .satisfies(f -> assertThat(f.path().toString()).contains("snapshots"));
        assertThat(upScripts(ws)).isEqualTo(scripts);
        assertThat(ws.codegen(withoutBooks(), null, o -> o.mode(Mode.CHECK)).changed()).isFalse();
    }

    @Test
    void aKeptTableDeclaredAgainUnchangedIsAdoptedWithNothingToMigrate(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = libraryWithABook(tck, root);
        ws.codegen(withoutBooks(), "remove_books", o -> o.removedTables(RemovedTables.KEEP));
        List<String> scripts = upScripts(ws);

        CodegenResult adopted = ws.codegen(Library.at(1), "readopt_books", o -> o);

        CodegenResult.RepoResult repo = adopted.repos().get(0);
        assertThat(repo.operations()).as("operations adopting an unchanged kept table").isEmpty();
        assertThat(repo.files()).singleElement().satisfies(f -> assertThat(f.content())
                .as("the new snapshot drops the kept marker").containsPattern(KEPT_MARKER.replace("true", "false")));
        assertThat(upScripts(ws)).isEqualTo(scripts);
        assertThat(ws.migrate(Library.at(1), MigrateRequest.all())).isEmpty();
        ws.assertSchemaMatches(Library.at(1), "after adopting books");
        assertThat(books(ws, Library.at(1))).as("rows of the adopted table").isEqualTo(1);
        assertThat(ws.codegen(Library.at(1), "again", o -> o).changed()).as("adopted for good").isFalse();
        assertThat(ws.codegen(withoutBooks(), null, o -> o.mode(Mode.CHECK)).changed())
                .as("removing it again is a question again").isTrue();
    }

    @Test
    void aKeptTableDeclaredAgainWithAChangeIsAltered(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = libraryWithABook(tck, root);
        ws.codegen(withoutBooks(), "remove_books", o -> o.removedTables(RemovedTables.KEEP));
        Domain changed = library(Library.author(1), bookWithIsbn());

        String version = ws.generate(changed, "readopt_books_with_isbn");

        assertThat(ws.codegen(changed, null, o -> o.mode(Mode.CHECK)).changed()).isFalse();
        assertThat(ws.files().get(Library.REPO + "/migration/V" + version + "__readopt_books_with_isbn.sql"))
                .contains("add column books.isbn").doesNotContainIgnoringCase("create table");
        assertThat(ws.migrate(changed, MigrateRequest.all())).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED);
        ws.assertSchemaMatches(changed, "after adopting books with a new column");
        assertThat(books(ws, changed)).as("rows of the adopted table").isEqualTo(1);
    }

    @Test
    void movingTheLastResourceOutOfARepoOffersItsTablesForDropAndKeepsTheRepoAddressable(TckContext tck,
                                                                                          @TempDir Path root) {
        RepoConfig main = tck.freshRepo("main");
        RepoConfig audit = tck.freshRepo("audit");
        AshlarConfig config = AshlarConfig.of(main, audit);
        Domain before = library(Library.author(1));
        Domain moved = library(Library.author(1).inRepo("audit"));
        Clock clock = Clock.fixed(MigrationWorkspace.START, ZoneOffset.UTC);
        Codegen.of(before, config, CodegenOptions.builder(root).name("create_authors").clock(clock).build()).run();
        Migrations.migrateAll(before, config, root);

        CodegenResult check = Codegen.of(moved, config, CodegenOptions.builder(root).mode(Mode.CHECK).build()).run();
        assertThat(check.repos()).extracting(CodegenResult.RepoResult::repo).containsExactly("audit", "main");
        CodegenResult.RepoResult oldRepo = check.repos().get(1);
        assertThat(oldRepo.retired()).isTrue();
        assertThat(oldRepo.operations()).singleElement().isInstanceOf(MigrationOperation.DropTable.class);
        assertThat(oldRepo.changed()).as("check reports the old repo's table").isTrue();
        assertThatThrownBy(() -> Codegen.of(moved, config, CodegenOptions.builder(root).name("move_authors")
                .clock(clock).build()).run())
                .isInstanceOf(MigrationException.class).hasMessageContaining("authors")
                .hasMessageContaining("--allow-destructive").hasMessageContaining("--keep-removed-tables");

        Codegen.of(moved, config, CodegenOptions.builder(root).name("move_authors")
                .clock(Clock.offset(clock, java.time.Duration.ofSeconds(1))).removedTables(RemovedTables.DROP).build())
                .run();
        Migrations migrations = Migrations.of(moved, config, root);
        assertThat(migrations.repos()).containsExactly("audit", "main");
        assertThat(migrations.status("main")).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
        Migrations.migrateAll(moved, config, root);
        assertThat(migrations.status("main")).extracting(MigrationInfo::state)
                .containsOnly(MigrationState.APPLIED);
        assertThat(Codegen.of(moved, config, CodegenOptions.builder(root).mode(Mode.CHECK).build()).run().changed())
                .as("nothing left in main").isFalse();
        assertThat(migrations.rollback("main", new RollbackRequest(null, 1, true))).hasSize(1);
        assertThat(migrations.status("main")).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
    }

    @Test
    void anEmptyDomainHasNothingToGenerateAndRemovingEveryResourceOffersTheirTablesForDrop(TckContext tck,
                                                                                           @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        Domain empty = Domain.define("library_empty", d -> { });

        assertThat(ws.codegen(empty, "nothing", o -> o).repos()).as("repos of an empty domain").isEmpty();
        assertThat(ws.files()).isEmpty();

        ws.generate(withoutBooks(), "create_authors");
        ws.migrate(withoutBooks(), MigrateRequest.all());
        assertThatThrownBy(() -> ws.codegen(empty, "remove_everything", o -> o))
                .isInstanceOf(MigrationException.class).hasMessageContaining("--allow-destructive");
        CodegenResult dropped = ws.codegen(empty, "remove_everything", o -> o.removedTables(RemovedTables.DROP));
        assertThat(dropped.repos()).singleElement().satisfies(r -> assertThat(r.operations()).singleElement()
                .isInstanceOf(MigrationOperation.DropTable.class));
        assertThat(ws.migrate(empty, MigrateRequest.all())).hasSize(1);
        assertThat(ws.introspect(withoutBooks()).tables()).as("tables after removing every resource").isEmpty();
        assertThat(ws.codegen(empty, null, o -> o.mode(Mode.CHECK)).changed()).isFalse();
    }
}
