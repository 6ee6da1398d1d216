package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.ashlar.Ashlar;
import dev.ashlar.action.ActionType;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.ForeignKeyViolationException;
import dev.ashlar.migration.CodegenOptions;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.Query;
import dev.ashlar.resource.Resource;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link Library} moves through every version, one generated migration per step, with rows present; after each
 * step the introspected schema equals that version's declaration and every row, children included, is intact. Then
 * it is rolled back step by step to version 1 (schema equal to each earlier declaration on the way) and migrated
 * forward to the end again. A table renamed in one migration stays fully migratable in later ones (its constraints
 * are where the next migration expects them). At every step the drift check finds nothing.
 */
@Tck
class MigrationScenarioTest {

    @Test
    void everyStepForwardBackAndForwardAgainKeepsSchemaAndDataInLineWithTheDeclaration(TckContext tck,
                                                                                          @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        LibraryData data = new LibraryData();
        List<String> versions = new ArrayList<>();

        // forward, one step at a time
        for (int v = 1; v <= Library.LAST; v++) {
            int version = v;
            UnaryOperator<CodegenOptions.Builder> options = v == 9
                    ? o -> o.removedTables(CodegenOptions.RemovedTables.DROP) : o -> o;
            String generated = ws.generate(Library.at(v), Library.stepName(v), options);
            versions.add(generated);

            List<MigrationInfo> applied = ws.migrate(Library.at(v), MigrateRequest.all());

            assertThat(applied).as("applied by step to V" + v).extracting(MigrationInfo::version, MigrationInfo::state)
                    .containsExactly(tuple(generated, MigrationState.APPLIED));
            data.migrated(v);
            ws.with(Library.at(v), ashlar -> {
                MigrationWorkspace.assertSchemaMatches(ashlar, "after migrating to V" + version);
                data.assertIntact(ashlar, version, "after migrating to V" + version);
                addRowsAt(ashlar, version, data);
                data.assertIntact(ashlar, version, "after adding rows at V" + version);
                return null;
            });
            assertStatus(ws, versions, v, v);
            assertThat(ws.assertNoDrift(Library.at(v), "after migrating to V" + v).declarationMatchesSnapshots())
                    .as("declaration of V" + v + " matches the snapshots").isTrue();
        }
        assertThat(data.authorCount()).isEqualTo(4);
        assertThat(data.bookCount()).isEqualTo(8);

        // back, one step at a time, to version 1
        for (int v = Library.LAST; v >= 2; v--) {
            int earlier = v - 1;
            List<MigrationInfo> undone = ws.rollback(Library.at(v), RollbackRequest.last(1).forced());

            assertThat(undone).as("rolled back from V" + v).extracting(MigrationInfo::version)
                    .containsExactly(versions.get(v - 1));
            data.rolledBack(v);
            String when = "after rolling V" + v + " back to V" + earlier;
            ws.with(Library.at(earlier), ashlar -> {
                MigrationWorkspace.assertSchemaMatches(ashlar, when);
                data.assertIntact(ashlar, earlier, when);
                return null;
            });
            assertStatus(ws, versions, earlier, Library.LAST);
            ws.assertNoDrift(Library.at(earlier), when);
        }
        ws.with(Library.at(1), ashlar -> {
            data.addAuthor(ashlar, 1, "Eve", null, null);
            return null;
        });

        // forward again, all at once
        List<MigrationInfo> reapplied = ws.migrate(Library.at(Library.LAST), MigrateRequest.all());

        assertThat(reapplied).extracting(MigrationInfo::version).containsExactlyElementsOf(versions.subList(1,
                versions.size()));
        for (int v = 2; v <= Library.LAST; v++) {
            data.migrated(v);
        }
        ws.with(Library.at(Library.LAST), ashlar -> {
            MigrationWorkspace.assertSchemaMatches(ashlar, "after migrating forward again");
            data.assertIntact(ashlar, Library.LAST, "after migrating forward again");
            return null;
        });
        assertStatus(ws, versions, Library.LAST, Library.LAST);
        ws.assertNoDrift(Library.at(Library.LAST), "after migrating forward again");
    }

    /** Renamed, then re-keyed in a later migration (which finds the primary key under the name it expects). */
    @Test
    void aRenamedTableCanChangeItsPrimaryKeyInALaterMigrationAndBack(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        List<Domain> versions = List.of(bins("bins", null, false), bins("boxes", "bins", false),
                bins("boxes", "bins", true));
        for (int v = 0; v < versions.size(); v++) {
            ws.generate(versions.get(v), "bins_step_" + v);
            ws.migrate(versions.get(v), MigrateRequest.all());
            ws.assertSchemaMatches(versions.get(v), "after bins step " + v);
            if (v == 0) {
                ws.with(versions.get(0), ashlar -> ashlar.create(ashlar.domain().require("Bin"),
                        Map.of("label", "spare")));
            }
        }
        ws.rollback(versions.get(2), RollbackRequest.last(1).forced());
        ws.assertSchemaMatches(versions.get(1), "after rolling the primary key change back");
        List<String> labels = ws.with(versions.get(1), ashlar -> ashlar.read(Query.of(ashlar.domain().require("Bin")))
                .stream().map(r -> r.getString("label")).toList());
        assertThat(labels).containsExactly("spare");
    }

    /** A table of bins, named {@code table}, keyed by id or (with {@code labelInKey}) by id and label. */
    private static Domain bins(String table, String renamedFrom, boolean labelInKey) {
        Resource bin = Resource.define("Bin", r -> {
            r.table(table);
            if (renamedFrom != null) {
                r.renamedFrom(renamedFrom);
            }
            r.attributes(a -> {
                a.uuidPrimaryKey("id").string("label").required();
                if (labelInKey) {
                    a.primaryKey();
                }
            });
            r.actions(x -> x.defaults(ActionType.CREATE, ActionType.READ).defaultAccept("label"));
        });
        return Domain.define("bins_" + table + (labelInKey ? "_by_label" : ""), d -> d.resources(bin));
    }

    /** Rows added through the actions of {@code version}, chosen to meet what that step changed. */
    private static void addRowsAt(Ashlar ashlar, int version, LibraryData data) {
        switch (version) {
            case 1 -> {
                LibraryData.Author ann = data.addAuthor(ashlar, 1, "Ann", null, null);
                LibraryData.Author bob = data.addAuthor(ashlar, 1, "Bob", "bobby", null);
                data.addBook(ashlar, 1, "Dune", "412", "classic", ann);
                data.addBook(ashlar, 1, "Emma", "300", null, bob);
                data.addBook(ashlar, 1, "Faust", null, "two parts", ann);
            }
            case 2 -> {
                LibraryData.Author cy = data.addAuthor(ashlar, 2, "Cy", null, "fr");
                data.addBook(ashlar, 2, "Gaia", "99", null, cy);
            }
            case 5 -> data.addBook(ashlar, 5, "Hamlet", "250", "play", data.author("Cy"));
            case 8 -> {
                // restrict is in force: deleting an author with books is refused and changes nothing
                Throwable refused = catchThrowable(() -> ashlar.destroy(ashlar.domain().require("Author"),
                        data.author("Ann").id));
                assertThat(refused).as("destroying an author with books at V8 (on delete restrict)")
                        .isInstanceOf(ForeignKeyViolationException.class);
                data.assertIntact(ashlar, 8, "after a refused destroy at V8");
                data.addBook(ashlar, 8, "Ilias", "700", "epic", data.author("Bob"));
            }
            case 9 -> data.addBook(ashlar, 9, "Jane Eyre", "500", null, data.author("Ann"));
            case 11 -> {
                LibraryData.Author dee = data.addAuthor(ashlar, 11, "Dee", "dd", "uk");
                data.addBook(ashlar, 11, "Kim", "400", null, dee);
            }
            default -> { }
        }
    }

    /** The first {@code applied} generated migrations are APPLIED, the rest up to {@code generated} PENDING. */
    private static void assertStatus(MigrationWorkspace ws, List<String> versions, int applied, int generated) {
        List<MigrationInfo> status = ws.status(Library.at(Math.max(applied, 1)));
        assertThat(status).as("status with V1..V" + applied + " applied").extracting(MigrationInfo::version)
                .containsExactlyElementsOf(versions.subList(0, generated));
        for (int i = 0; i < generated; i++) {
            MigrationInfo info = status.get(i);
            MigrationState expected = i < applied ? MigrationState.APPLIED : MigrationState.PENDING;
            assertThat(info.state()).as("state of " + info.version()).isEqualTo(expected);
            assertThat(info.appliedAt() != null).as("applied-at of " + info.version() + " is set")
                    .isEqualTo(expected == MigrationState.APPLIED);
        }
    }
}
