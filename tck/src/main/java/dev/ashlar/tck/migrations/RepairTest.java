package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.spi.RepairChange;
import dev.ashlar.migration.spi.RepairRequest;
import dev.ashlar.migration.spi.RepairResult;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Migrations.repair}: a history row recorded as failed (as Flyway records a migration that ran outside a
 * transaction and stopped part-way) is removed, so the migration is pending again; checksums of edited applied
 * migrations are realigned only when asked; every change is reported; nothing to repair changes nothing.
 */
@Tck
class RepairTest {

    @Test
    void aFailedHistoryRowIsRemovedAndTheMigrationAppliesAgain(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        ws.generate(Library.at(1), Library.stepName(1));
        ws.migrate(Library.at(1), MigrateRequest.all());
        String v2 = ws.generate(Library.at(2), Library.stepName(2));
        ws.executeByHand("insert into flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) values (2, '" + v2 + "', 'add author country', "
                + "'SQL', '" + ws.upFile(v2).getFileName() + "', 12345, 'ashlar', 7, false)");
        assertThat(ws.status(Library.at(2))).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.FAILED);

        RepairResult repaired = ws.migrations(Library.at(2)).repair(Library.REPO, RepairRequest.failedRows());

        assertThat(repaired.changes()).extracting(RepairChange::action, RepairChange::version,
                RepairChange::description, RepairChange::oldChecksum, RepairChange::newChecksum)
                .containsExactly(tuple(RepairChange.Action.REMOVED_FAILED_ROW, v2, "add author country", 12345, null));
        assertThat(repaired.changes().get(0).describe()).isEqualTo("V" + v2 + " (add author country): removed its "
                + "failed history row (checksum 12345); it is pending again");
        assertThat(ws.status(Library.at(2))).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
        assertThat(ws.migrate(Library.at(2), MigrateRequest.all())).extracting(MigrationInfo::version)
                .containsExactly(v2);
        ws.assertSchemaMatches(Library.at(2), "after repair and migrate");
    }

    @Test
    void nothingToRepairChangesNothing(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        assertThat(ws.migrations(Library.at(1)).repair(Library.REPO, RepairRequest.failedRows()).changed())
                .as("a database without history").isFalse();
        ws.generate(Library.at(1), Library.stepName(1));
        ws.migrate(Library.at(1), MigrateRequest.all());
        var before = ws.status(Library.at(1));

        RepairResult repaired = ws.migrations(Library.at(1)).repair(Library.REPO,
                RepairRequest.failedRows().withRealignedChecksums());

        assertThat(repaired.changed()).isFalse();
        assertThat(repaired.leftMismatched()).isEmpty();
        assertThat(ws.status(Library.at(1))).isEqualTo(before);
    }

    @Test
    void checksumsAreRealignedOnlyWhenAsked(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        String v1 = ws.generate(Library.at(1), Library.stepName(1));
        ws.migrate(Library.at(1), MigrateRequest.all());
        MigrationWorkspace.append(ws.upFile(v1), "\n-- reviewed\n");
        assertThat(ws.status(Library.at(1))).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.CHECKSUM_MISMATCH);

        RepairResult withoutFlag = ws.migrations(Library.at(1)).repair(Library.REPO, RepairRequest.failedRows());

        assertThat(withoutFlag.changes()).isEmpty();
        assertThat(withoutFlag.leftMismatched()).extracting(MigrationInfo::version).containsExactly(v1);
        assertThat(ws.status(Library.at(1))).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.CHECKSUM_MISMATCH);

        RepairResult realigned = ws.migrations(Library.at(1)).repair(Library.REPO,
                RepairRequest.failedRows().withRealignedChecksums());

        assertThat(realigned.changes()).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(RepairChange.Action.REALIGNED_CHECKSUM);
            assertThat(change.version()).isEqualTo(v1);
            assertThat(change.oldChecksum()).isNotNull().isNotEqualTo(change.newChecksum());
            assertThat(change.describe()).isEqualTo("V" + v1 + " (create library): checksum " + change.oldChecksum()
                    + " -> " + change.newChecksum() + " (now matches its file)");
        });
        assertThat(ws.status(Library.at(1))).extracting(MigrationInfo::state).containsExactly(MigrationState.APPLIED);
    }
}
