package dev.ashlar.sqlite.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMigrationApplyTest {
    @TempDir
    Path tempDir;
    SqliteMigrationFixture db;

    @BeforeEach
    void threeMigrations() {
        db = new SqliteMigrationFixture(tempDir);
        db.up("1", "create_a", "create table a (id integer primary key);\n");
        db.up("2", "create_b", "create table b (id integer primary key);\n");
        db.up("3", "create_c", "create table c (id integer primary key);\n");
    }

    @Test
    void migrateAllAppliesEveryPendingScriptInVersionOrderAndRecordsHistory() {
        List<MigrationInfo> applied = db.runner().migrate(db.source, MigrateRequest.all());

        assertThat(applied).extracting(MigrationInfo::version).containsExactly("1", "2", "3");
        assertThat(applied).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(MigrationState.APPLIED);
            assertThat(m.appliedAt()).isNotNull();
        });
        assertThat(applied.get(0).description()).isEqualTo("create a");
        assertThat(db.rows("select name from sqlite_schema where type = 'table' and name in ('a', 'b', 'c') order by name"))
                .containsExactly("a", "b", "c");
        assertThat(db.history()).containsExactly("1 1 1", "2 2 1", "3 3 1");
    }

    @Test
    void migrateReturnsTheAppliedMigrationsExactlyAsStatusThenReportsThem() {
        db.down("3", "create_c", "-- destructive: drop table c\ndrop table c;\n");

        List<MigrationInfo> applied = db.runner().migrate(db.source, MigrateRequest.all());

        assertThat(applied).containsExactlyElementsOf(db.runner().status(db.source));
        assertThat(applied.get(2).destructive()).isTrue();
    }

    @Test
    void migrateAfterEarlierRunsReturnsTheAppliedMigrationsExactlyAsStatusThenReportsThem() {
        db.down("3", "create_c", "-- destructive: drop table c\ndrop table c;\n");
        db.runner().migrate(db.source, MigrateRequest.next(1));

        List<MigrationInfo> applied = db.runner().migrate(db.source, MigrateRequest.all());

        assertThat(applied).containsExactlyElementsOf(db.runner().status(db.source).subList(1, 3));
        assertThat(applied.get(1).destructive()).isTrue();
    }

    @Test
    void migrateWithoutScriptsOnAFreshDatabaseAppliesNothingAndCreatesNoHistory() throws Exception {
        try (var scripts = java.nio.file.Files.list(db.source.migrations())) {
            for (Path script : scripts.toList()) {
                java.nio.file.Files.delete(script);
            }
        }

        assertThat(db.runner().migrate(db.source, MigrateRequest.all())).isEmpty();
        assertThat(db.rows("select name from sqlite_schema where name = 'flyway_schema_history'")).isEmpty();
    }

    @Test
    void migrateToVersionAppliesUpToAndIncludingIt() {
        List<MigrationInfo> applied = db.runner().migrate(db.source, MigrateRequest.to("2"));

        assertThat(applied).extracting(MigrationInfo::version).containsExactly("1", "2");
        assertThat(db.runner().status(db.source)).extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", MigrationState.APPLIED),
                        org.assertj.core.groups.Tuple.tuple("2", MigrationState.APPLIED),
                        org.assertj.core.groups.Tuple.tuple("3", MigrationState.PENDING));
    }

    @Test
    void migrateNextAppliesOnlyThatManyPendingScripts() {
        db.runner().migrate(db.source, MigrateRequest.next(1));
        List<MigrationInfo> applied = db.runner().migrate(db.source, MigrateRequest.next(1));

        assertThat(applied).extracting(MigrationInfo::version).containsExactly("2");
        assertThat(db.history()).hasSize(2);
    }

    @Test
    void migrateNextBeyondThePendingOnesAppliesWhatThereIs() {
        assertThat(db.runner().migrate(db.source, MigrateRequest.next(10))).hasSize(3);
    }

    @Test
    void migrateWithNothingPendingAppliesNothing() {
        db.runner().migrate(db.source, MigrateRequest.all());

        assertThat(db.runner().migrate(db.source, MigrateRequest.all())).isEmpty();
        assertThat(db.runner().migrate(db.source, MigrateRequest.next(1))).isEmpty();
        assertThat(db.history()).hasSize(3);
    }

    @Test
    void migrateToAnUnknownVersionIsRefusedWithoutApplyingAnything() {
        assertThatThrownBy(() -> db.runner().migrate(db.source, MigrateRequest.to("7")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("no migration V7");
        assertThat(db.rows("select name from sqlite_schema where name = 'flyway_schema_history'")).isEmpty();
    }

    @Test
    void migrateNextZeroIsRefused() {
        assertThatThrownBy(() -> db.runner().migrate(db.source, MigrateRequest.next(0)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void migrationConnectionHasForeignKeyEnforcementOff() {
        db.up("4", "record_pragma", "create table fk_state as select foreign_keys as on_ from pragma_foreign_keys;\n");

        db.runner().migrate(db.source, MigrateRequest.all());

        assertThat(db.rows("select on_ from fk_state")).containsExactly("0");
    }

    @Test
    void downScriptsOutsideTheFlywayLocationAreNotAppliedAsMigrations() {
        db.down("3", "create_c", "drop table c;\n");

        db.runner().migrate(db.source, MigrateRequest.all());

        assertThat(db.history()).hasSize(3);
        assertThat(db.rows("select name from sqlite_schema where name = 'c'")).containsExactly("c");
    }

    @Test
    void anInMemoryRepoIsRefusedBecauseEachMigrationConnectionWouldSeeAnotherDatabase() {
        assertThatThrownBy(() -> new SqliteMigrationProvider().migrations()
                .runner(dev.ashlar.config.RepoConfig.of("mem", "jdbc:sqlite::memory:")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("in-memory");
    }
}
