package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.migration.spi.DataLoss;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.Query;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A down script that drops a table or a column loses data only when there is data: whether a rollback needs force
 * is counted in the database when it runs (rows of dropped tables, non-null values of dropped columns), the refusal
 * says what and how much, and an older migration's script is counted against the schema the newer ones leave.
 */
@Tck
class RollbackDataLossTest {

    /** Versions 1 and 2 of the {@link Shelf} generated and applied, with no rows. */
    private static List<String> upToVersion2(MigrationWorkspace ws) {
        String v1 = ws.generate(Shelf.at(1), "create_items");
        String v2 = ws.generate(Shelf.at(2), "add_note");
        ws.migrate(Shelf.at(2), MigrateRequest.all());
        return List.of(v1, v2);
    }

    @Test
    void dropsOfEmptyTablesAndColumnsRollBackWithoutForce(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        List<String> versions = upToVersion2(ws);
        Shelf.add(ws, 2, "no note"); // a row, but its note is null: dropping the column loses nothing

        assertThat(ws.migrations(Shelf.at(2)).dataLoss(Library.REPO, RollbackRequest.last(1))).isEmpty();
        assertThat(ws.rollback(Shelf.at(2), RollbackRequest.last(1))).extracting(MigrationInfo::version)
                .containsExactly(versions.get(1));
        ws.assertSchemaMatches(Shelf.at(1), "after rolling back a column with no values");
        assertThat(Shelf.labels(ws, 1)).containsExactly("no note");

        ws.with(Shelf.at(1), ashlar -> ashlar.destroy(ashlar.domain().require("Item"),
                ashlar.read(Query.of(ashlar.domain().require("Item"))).get(0)));
        assertThat(ws.rollback(Shelf.at(1), RollbackRequest.last(1))).extracting(MigrationInfo::version)
                .containsExactly(versions.get(0));
        assertThat(ws.introspect(Shelf.at(1)).tables()).as("tables after rolling back an empty table")
                .doesNotContainKey("items");
    }

    @Test
    void aRollbackThatWouldLoseValuesIsRefusedWithWhatAndHowMuch(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        List<String> versions = upToVersion2(ws);
        Row kept = Shelf.add(ws, 2, "kept");
        Shelf.add(ws, 2, "plain");
        Shelf.note(ws, 2, kept, "a value the rollback would drop");
        SchemaModel schema = ws.introspect(Shelf.at(2));
        List<MigrationInfo> status = ws.status(Shelf.at(2));

        MigrationException refusal = catchThrowableOfType(MigrationException.class,
                () -> ws.rollback(Shelf.at(2), RollbackRequest.last(1)));

        assertThat(refusal).as("rollback dropping a column with a value, without force").isNotNull();
        assertThat(refusal.getMessage()).contains("column items.note: 1 value").contains(versions.get(1))
                .contains("--force").contains("nothing was changed");
        assertThat(ws.migrations(Shelf.at(2)).dataLoss(Library.REPO, RollbackRequest.last(1))).containsExactly(
                new DataLoss(versions.get(1), DataLoss.Kind.COLUMN_VALUES, "items", "note", 1));
        assertThat(ws.introspect(Shelf.at(2))).as("schema after the refusal").isEqualTo(schema);
        assertThat(ws.status(Shelf.at(2))).as("status after the refusal").isEqualTo(status);

        assertThat(ws.rollback(Shelf.at(2), RollbackRequest.last(1).forced())).hasSize(1);
        ws.assertSchemaMatches(Shelf.at(1), "after the forced rollback");
        assertThat(Shelf.labels(ws, 1)).containsExactly("kept", "plain");
    }

    @Test
    void anOlderDownScriptIsCountedAgainstTheSchemaTheNewerOnesLeave(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        List<String> versions = upToVersion2(ws);
        String v3 = ws.generate(Shelf.at(3), "rename_items_to_things");
        ws.migrate(Shelf.at(3), MigrateRequest.all());
        Shelf.add(ws, 3, "one");
        Shelf.add(ws, 3, "two");
        SchemaModel schema = ws.introspect(Shelf.at(3));
        List<MigrationInfo> status = ws.status(Shelf.at(3));

        // V3's down script renames things back to items; V1's then drops items with its two rows
        List<DataLoss> losses = ws.migrations(Shelf.at(3)).dataLoss(Library.REPO, RollbackRequest.to("0"));
        MigrationException refusal = catchThrowableOfType(MigrationException.class,
                () -> ws.rollback(Shelf.at(3), RollbackRequest.to("0")));

        assertThat(losses).containsExactly(
                new DataLoss(versions.get(0), DataLoss.Kind.TABLE_ROWS, "items", null, 2));
        assertThat(refusal).as("rollback of everything with rows, without force").isNotNull();
        assertThat(refusal.getMessage()).contains("table items: 2 rows (V" + versions.get(0) + ")")
                .contains("--force");
        assertThat(ws.introspect(Shelf.at(3))).as("schema after the refusal and the count").isEqualTo(schema);
        assertThat(ws.status(Shelf.at(3))).as("status after the refusal").isEqualTo(status);
        assertThat(Shelf.labels(ws, 3)).containsExactly("one", "two");
        assertThat(status).extracting(MigrationInfo::version).containsExactly(versions.get(0), versions.get(1), v3);
    }
}
