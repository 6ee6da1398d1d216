package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.ashlar.domain.Domain;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.schema.SchemaBuilder;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adopting a database whose tables were made without Ashlar's history: {@code migrate} refuses and says to
 * baseline; a baseline records a migration as applied without running it (refused once there is history), the
 * migrations after it apply as usual, and the baselined one is never rolled back.
 */
@Tck
class BaselineTest {

    /** The tables of {@code domain} made directly, as an application older than its migrations would have. */
    private static void tablesWithoutHistory(MigrationWorkspace ws, Domain domain) {
        ws.with(domain, ashlar -> {
            ashlar.dataLayer(Library.REPO).schema().create(new SchemaBuilder(domain.resources()).tables(Library.REPO));
            return null;
        });
    }

    @Test
    void aDatabaseWithTablesButNoHistoryIsAdoptedByBaseline(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        String v1 = ws.generate(Shelf.at(1), "create_items");
        String v2 = ws.generate(Shelf.at(2), "add_note");
        tablesWithoutHistory(ws, Shelf.at(1));
        Shelf.add(ws, 1, "from before");

        MigrationException unadopted = catchThrowableOfType(MigrationException.class,
                () -> ws.migrate(Shelf.at(2), MigrateRequest.all()));

        assertThat(unadopted).as("migrate on tables without history").isNotNull();
        assertThat(unadopted.getMessage()).contains("items").contains("no migration history")
                .contains("ashlar baseline").doesNotContain("baseline()");

        MigrationInfo recorded = ws.migrations(Shelf.at(2)).baseline(Library.REPO, v1);

        assertThat(recorded.version()).isEqualTo(v1);
        assertThat(recorded.state()).isEqualTo(MigrationState.BASELINE);
        assertThat(ws.status(Shelf.at(2))).extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(tuple(v1, MigrationState.BASELINE), tuple(v2, MigrationState.PENDING));
        assertThat(ws.migrate(Shelf.at(2), MigrateRequest.all())).extracting(MigrationInfo::version)
                .containsExactly(v2);
        ws.assertSchemaMatches(Shelf.at(2), "after migrating past the baseline");
        assertThat(Shelf.labels(ws, 2)).containsExactly("from before");

        MigrationException again = catchThrowableOfType(MigrationException.class,
                () -> ws.migrations(Shelf.at(2)).baseline(Library.REPO, null));
        assertThat(again).as("baseline with history").isNotNull();
        assertThat(again.getMessage()).contains("already has migration history");

        assertThat(ws.rollback(Shelf.at(2), RollbackRequest.last(1))).extracting(MigrationInfo::version)
                .containsExactly(v2);
        List<MigrationInfo> status = ws.status(Shelf.at(1));
        MigrationException baselined = catchThrowableOfType(MigrationException.class,
                () -> ws.rollback(Shelf.at(1), RollbackRequest.last(1).forced()));
        assertThat(baselined).as("rollback of the baselined version").isNotNull();
        assertThat(baselined.getMessage()).contains(v1).contains("baseline").contains("nothing was changed");
        assertThat(ws.status(Shelf.at(1))).isEqualTo(status);
        assertThat(Shelf.labels(ws, 1)).containsExactly("from before");
    }

    @Test
    void baselineWithoutAVersionRecordsTheNewestMigration(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        String v1 = ws.generate(Shelf.at(1), "create_items");
        String v2 = ws.generate(Shelf.at(2), "add_note");
        tablesWithoutHistory(ws, Shelf.at(2));

        assertThat(ws.migrations(Shelf.at(2)).baseline(Library.REPO, null).version()).isEqualTo(v2);

        assertThat(ws.status(Shelf.at(2))).extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(tuple(v1, MigrationState.BASELINE), tuple(v2, MigrationState.BASELINE));
        assertThat(ws.migrate(Shelf.at(2), MigrateRequest.all())).isEmpty();
        ws.assertSchemaMatches(Shelf.at(2), "after a baseline at the newest migration");
    }
}
