package dev.ashlar.postgres.migration;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresMigrationRollbackTest {
    @TempDir
    Path tempDir;
    PostgresMigrationFixture db;

    @BeforeEach
    void threeAppliedMigrationsWithDownScripts() {
        db = new PostgresMigrationFixture(tempDir);
        db.up("1", "create_a", "create table a (id bigint primary key);\ninsert into a values (1), (2);\n");
        db.down("1", "create_a", "-- destructive: drop table a\ndrop table a;\n");
        db.up("2", "add_name", "alter table a add column name text not null default 'n';\n");
        db.down("2", "add_name", "-- destructive: drop column a.name\nalter table a drop column name;\n");
        db.up("3", "create_b", "create table b (id bigint primary key, a_id bigint references a (id));\n"
                + "create index b_a on b (a_id);\n");
        db.down("3", "create_b", "drop index b_a;\ndrop table b;\n");
        db.runner().migrate(db.source, MigrateRequest.all());
    }

    @AfterEach
    void dropSchema() {
        db.close();
    }

    @Test
    void rollbackRunsTheNewestDownScriptAndDeletesItsHistoryRow() {
        List<MigrationInfo> rolledBack = db.runner().rollback(db.source, RollbackRequest.last(1));

        assertThat(rolledBack).extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(tuple("3", MigrationState.PENDING));
        assertThat(db.tables()).containsExactly("a");
        assertThat(db.history()).containsExactly("1 1 1", "2 2 1");
    }

    @Test
    void rollbackToAVersionUndoesEveryNewerOneNewestFirstWhenForced() {
        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.to("1")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("column a.name: 2 values (V2)");
        assertThat(db.history()).hasSize(3);

        List<MigrationInfo> rolledBack = db.runner().rollback(db.source, RollbackRequest.to("1").forced());

        assertThat(rolledBack).extracting(MigrationInfo::version).containsExactly("3", "2");
        assertThat(db.rows("select column_name from information_schema.columns where table_schema = current_schema()"
                + " and table_name = 'a'")).containsExactly("id");
        assertThat(db.history()).containsExactly("1 1 1");
    }

    @Test
    void aDownScriptThatFailsPartWayLeavesSchemaAndHistoryExactlyAsBefore() {
        db.down("3", "create_b", "drop index b_a;\ndrop table no_such_table;\n");
        List<String> schema = db.schema();
        List<String> history = db.history();

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("rolling back V3 (create b) failed and was undone")
                .hasMessageContaining("table \"no_such_table\" does not exist");
        assertThat(db.schema()).isEqualTo(schema);
        assertThat(db.history()).isEqualTo(history);
    }

    @Test
    void missingDownScriptsAndChangedUpFilesAreRefusedTogetherAndNothingChanges() throws Exception {
        Files.delete(db.source.downs().resolve("V3__create_b.down.sql"));
        PostgresMigrationFixture.write(db.source.migrations().resolve("V2__add_name.sql"), "select 1;\n");
        List<String> schema = db.schema();

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(2).forced()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("nothing was changed")
                .hasMessageContaining("V3 (create b) has no down script")
                .hasMessageContaining("V2 (add name) was applied but its file V2__add_name.sql changed since (checksum mismatch)");
        assertThat(db.schema()).isEqualTo(schema);
        assertThat(db.history()).hasSize(3);
    }

    @Test
    void targetsThatAreNotTheNewestTailOfTheHistoryAreRefused() {
        db.up("2_5", "late", "create table late (id int);\n");
        db.down("2_5", "late", "drop table late;\n");
        Flyway.configure().dataSource(db.repo.url(), PostgresMigrationFixture.USER, PostgresMigrationFixture.PASSWORD)
                .locations("filesystem:" + db.source.migrations()).outOfOrder(true).load().migrate();

        assertThatThrownBy(() -> db.runner().rollback(db.source, RollbackRequest.last(1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2.5 (late) was applied after V3 (create b)");
        assertThat(db.history()).hasSize(4);
        assertThat(db.runner().rollback(db.source, RollbackRequest.last(2))).extracting(MigrationInfo::version)
                .containsExactly("2.5", "3");
    }
}
