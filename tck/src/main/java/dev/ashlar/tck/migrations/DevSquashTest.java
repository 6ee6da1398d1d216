package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.ashlar.migration.CodegenOptions;
import dev.ashlar.migration.CodegenResult;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.Prompt;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named codegen after {@code --dev} rolls the applied development migrations back before squashing them. When
 * their down scripts would lose data (counted as rollback counts it) it asks, or without a terminal refuses and
 * names the option that accepts the loss; nothing changes until it may go on.
 */
@Tck
class DevSquashTest {
    private static final Prompt NEVER_ASKED = question -> {
        throw new AssertionError("asked although nothing is lost: " + question);
    };

    /** Version 1 named and applied, version 2 as an applied development migration; returns the dev version. */
    private static String devMigrationApplied(MigrationWorkspace ws) {
        ws.generate(Shelf.at(1), "create_items");
        String dev = ws.generate(Shelf.at(2), null, o -> o.mode(CodegenOptions.Mode.DEV));
        ws.migrate(Shelf.at(2), MigrateRequest.all());
        return dev;
    }

    @Test
    void squashingDevMigrationsThatWouldLoseValuesAsksOrNeedsTheOption(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        String dev = devMigrationApplied(ws);
        Row row = Shelf.add(ws, 2, "noted");
        Shelf.note(ws, 2, row, "written while iterating");
        Map<String, String> files = ws.files();
        SchemaModel schema = ws.introspect(Shelf.at(2));

        MigrationException unasked = catchThrowableOfType(MigrationException.class,
                () -> ws.codegen(Shelf.at(2), "add_note", o -> o));
        MigrationException declined = catchThrowableOfType(MigrationException.class,
                () -> ws.codegen(Shelf.at(2), "add_note", o -> o.prompt(Prompt.answering(Map.of("lose it", false)))));

        assertThat(unasked).as("squash losing a value, no terminal").isNotNull();
        assertThat(unasked.getMessage()).contains("column items.note: 1 value").contains(dev)
                .contains("--discard-dev-data");
        assertThat(declined).as("squash losing a value, answered no").isNotNull();
        assertThat(declined.getMessage()).contains("nothing of repo main was changed");
        assertThat(ws.files()).as("files after the refusals").isEqualTo(files);
        assertThat(ws.introspect(Shelf.at(2))).as("schema after the refusals").isEqualTo(schema);
        assertThat(ws.status(Shelf.at(2))).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);

        CodegenResult squashed = ws.codegen(Shelf.at(2), "add_note", o -> o.discardDevData(true));

        assertThat(squashed.repos().get(0).notes()).anyMatch(n -> n.text().contains("rolled back development migrations"));
        assertThat(ws.files().keySet()).noneMatch(f -> f.contains("_dev"));
        String named = squashed.repos().get(0).version();
        assertThat(ws.status(Shelf.at(2))).extracting(MigrationInfo::version, MigrationInfo::state)
                .contains(tuple(named, MigrationState.PENDING));
        ws.assertSchemaMatches(Shelf.at(1), "after the squash rolled the dev migration back");
    }

    @Test
    void squashingDevMigrationsThatLoseNothingAsksNothing(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        devMigrationApplied(ws);
        Shelf.add(ws, 2, "no note");

        CodegenResult squashed = ws.codegen(Shelf.at(2), "add_note", o -> o.prompt(NEVER_ASKED));

        assertThat(squashed.repos().get(0).notes()).anyMatch(n -> n.text().contains("rolled back development migrations"));
        ws.migrate(Shelf.at(2), MigrateRequest.all());
        ws.assertSchemaMatches(Shelf.at(2), "after migrating the squashed migration");
        assertThat(Shelf.labels(ws, 2)).containsExactly("no note");
        assertThat(ws.status(Shelf.at(2))).extracting(MigrationInfo::state).containsOnly(MigrationState.APPLIED);
        assertThat(List.copyOf(ws.files().keySet())).noneMatch(f -> f.contains("_dev"));
    }
}
