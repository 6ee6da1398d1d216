package dev.ashlar.sqlite.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.spi.RollbackRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMigrationRollbackTest {
    @TempDir
    Path tempDir;
    SqliteMigrationFixture db;

    @BeforeEach
    void threeAppliedMigrationsWithDownScripts() {
        db = new SqliteMigrationFixture(tempDir);
        db.up("1", "create_a", "create table a (id integer primary key);\ninsert into a values (1), (2);\n");
        db.down("1", "create_a", "-- destructive: drop table a\ndrop table a;\n");
        db.up("2", "create_b", "create table b (id integer primary key, a_id integer references a (id));\n");
        db.down("2", "create_b", "-- undo V2\ndrop table b;\n");
        db.up("3", "add_index", "create index b_a on b (a_id);\ncreate table c (id integer primary key);\n");
        db.down("3", "add_index", "drop table c;\ndrop index b_a;\n");
        db.runner().migrate(db.source, MigrateRequest.all());
    }

    @Test
    void rollbackRunsTheNewestDownScriptAndDeletesItsHistoryRow() {
        List<MigrationInfo> rolledBack = db.runner().rollback(db.source, RollbackRequest.last(1));

        assertThat(rolledBack).extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(tuple("3", MigrationState.PENDING));
        assertThat(db.rows("select name from sqlite_schema where name in ('b_a', 'c')")).isEmpty();
        assertThat(db.history()).containsExactly("1 1 1", "2 2 1");
        assertThat(db.runner().status(db.source)).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING);
    }

    @Test
    void aRolledBackMigrationCanBeAppliedAgain() {
        db.runner().rollback(db.source, RollbackRequest.last(2));

        assertThat(db.runner().migrate(db.source, MigrateRequest.all())).extracting(MigrationInfo::version)
                .containsExactly("2", "3");
        assertThat(db.history()).extracting(row -> row.substring(row.indexOf(' ') + 1)).containsExactly("1 1", "2 1", "3 1");
    }

    @Test
    void rollbackToAVersionUndoesEveryNewerOneNewestFirstAndKeepsThatVersion() {
        List<MigrationInfo> rolledBack = db.runner().rollback(db.source, RollbackRequest.to("1"));

        assertThat(rolledBack).extracting(MigrationInfo::version).containsExactly("3", "2");
        assertThat(db.rows("select name from sqlite_schema where type = 'table' and name in ('a', 'b', 'c')"))
                .containsExactly("a");
        assertThat(db.history()).containsExactly("1 1 1");
    }

    @Test
    void rollbackToTheNewestVersionUndoesNothing() {
        assertThat(db.runner().rollback(db.source, RollbackRequest.to("3"))).isEmpty();
        assertThat(db.history()).hasSize(3);
    }

    @Test
    void aDestructiveDownScriptIsRefusedWithoutForceAndRunsWithIt() {
        db.runner().rollback(db.source, RollbackRequest.last(2));

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("nothing was changed")
                .hasMessageContaining("table a: 2 rows (V1)")
                .hasMessageContaining("with --force");
        assertThat(db.rows("select count(*) from a")).containsExactly("2");

        assertThat(db.runner().rollback(db.source, RollbackRequest.last(1).forced()))
                .extracting(MigrationInfo::version).containsExactly("1");
        assertThat(db.rows("select name from sqlite_schema where name = 'a'")).isEmpty();
        assertThat(db.history()).isEmpty();
    }

    @Test
    void aMissingDownScriptIsRefusedAndNothingChanges() throws Exception {
        Files.delete(db.source.downs().resolve("V2__create_b.down.sql"));
        List<String> schema = db.schema();

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(2)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2 (create b) has no down script")
                .hasMessageContaining("V2__create_b.down.sql");
        assertThat(db.schema()).isEqualTo(schema);
        assertThat(db.history()).hasSize(3);
    }

    @Test
    void aTargetWhoseUpFileChangedIsRefused() {
        SqliteMigrationFixture.write(db.source.migrations().resolve("V3__add_index.sql"), "create table c (id integer);\n");

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V3 (add index) was applied but its file V3__add_index.sql changed since (checksum mismatch)");
        assertThat(db.history()).hasSize(3);
    }

    @Test
    void aTargetWhoseUpFileIsGoneIsRefused() throws Exception {
        Files.delete(db.source.migrations().resolve("V3__add_index.sql"));

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V3 (add index) was applied but its file V3__add_index.sql is missing");
        assertThat(db.history()).hasSize(3);
    }

    @Test
    void aFailedHistoryRowIsRefused() {
        db.execute("update flyway_schema_history set success = 0 where version = '3'", false);

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V3 (add index) is recorded as FAILED");
        assertThat(db.rows("select name from sqlite_schema where name = 'c'")).containsExactly("c");
    }

    @Test
    void targetsThatAreNotTheNewestTailOfTheHistoryAreRefused() {
        // V2_5 applied after V3 by a tool that allows out-of-order runs: history order 1, 2, 3, 2.5
        db.up("2_5", "late", "create table late (id integer primary key);\n");
        db.down("2_5", "late", "drop table late;\n");
        Flyway.configure().dataSource(db.repo.url(), "", "").locations("filesystem:" + db.source.migrations())
                .outOfOrder(true).load().migrate();

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2.5 (late) was applied after V3 (add index)")
                .hasMessageContaining("not the newest tail");
        assertThat(db.history()).hasSize(4);

        // together they are the tail: undone in reverse order of applying
        assertThat(db.runner().rollback(db.source, RollbackRequest.last(2)))
                .extracting(MigrationInfo::version).containsExactly("2.5", "3");
    }

    @Test
    void aDownScriptThatFailsPartWayLeavesSchemaAndHistoryExactlyAsBefore() {
        db.down("3", "add_index", "drop table c;\ndrop index no_such_index;\n");
        List<String> schema = db.schema();
        List<String> history = db.history();

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("rolling back V3 (add index) failed and was undone")
                .hasMessageContaining("no such index: no_such_index");
        assertThat(db.schema()).isEqualTo(schema);
        assertThat(db.history()).isEqualTo(history);
    }

    @Test
    void aDownScriptThatLeavesDanglingReferencesIsUndone() {
        db.execute("insert into b values (100, 1)", true);
        db.down("3", "add_index", "drop table c;\ndrop index b_a;\ndelete from a;\n");
        List<String> history = db.history();

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("left foreign keys broken")
                .hasMessageContaining("b rowid 100 references a missing row in a");
        assertThat(db.rows("select count(*) from a")).containsExactly("2");
        assertThat(db.rows("select name from sqlite_schema where name in ('b_a', 'c') order by name"))
                .containsExactly("b_a", "c");
        assertThat(db.history()).isEqualTo(history);
    }

    @Test
    void aLaterStepFailingKeepsEarlierCommittedStepsAndSaysWhich() {
        db.down("2", "create_b", "drop table nothing_here;\n");

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(2)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("rolling back V2 (create b) failed")
                .hasMessageContaining("already rolled back (committed): V3");
        assertThat(db.history()).containsExactly("1 1 1", "2 2 1");
    }

    @Test
    void rollingBackMoreThanTheHistoryHoldsIsRefused() {
        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(4)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("asked to roll back 4");
        assertThat(db.history()).hasSize(3);
    }

    @Test
    void rollingBackToAVersionThatIsNotAppliedIsRefused() {
        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.to("9")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V9 is not applied");
        assertThat(db.history()).hasSize(3);
    }
}
