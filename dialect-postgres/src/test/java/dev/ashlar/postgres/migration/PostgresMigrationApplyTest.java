package dev.ashlar.postgres.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresMigrationApplyTest {
    @TempDir
    Path tempDir;
    PostgresMigrationFixture db;

    @BeforeEach
    void threeMigrations() {
        db = new PostgresMigrationFixture(tempDir);
        db.up("1", "create_a", "create table a (id bigint primary key);\n");
        db.up("2", "create_b", "create table b (id bigint primary key, a_id bigint references a (id));\n");
        db.up("3", "create_c", "create table c (id bigint primary key);\n");
    }

    @AfterEach
    void dropSchema() {
        db.close();
    }

    @Test
    void migrateAllAppliesEveryPendingScriptInVersionOrderIntoTheReposSchema() {
        List<MigrationInfo> applied = db.runner().migrate(db.source, MigrateRequest.all());

        assertThat(applied).extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(tuple("1", MigrationState.APPLIED), tuple("2", MigrationState.APPLIED),
                        tuple("3", MigrationState.APPLIED));
        assertThat(applied).allSatisfy(m -> assertThat(m.appliedAt()).isNotNull());
        assertThat(db.tables()).containsExactly("a", "b", "c");
        assertThat(db.history()).containsExactly("1 1 1", "2 2 1", "3 3 1");
        assertThat(db.rows("select table_schema from information_schema.tables where table_name = 'flyway_schema_history'"
                + " and table_schema = '" + db.schema + "'")).containsExactly(db.schema);
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
        assertThat(db.rows("select table_name from information_schema.tables where table_name = 'flyway_schema_history'"
                + " and table_schema = '" + db.schema + "'")).isEmpty();
    }

    @Test
    void migrateToVersionAppliesUpToAndIncludingIt() {
        assertThat(db.runner().migrate(db.source, MigrateRequest.to("2"))).extracting(MigrationInfo::version)
                .containsExactly("1", "2");
        assertThat(db.runner().status(db.source)).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING);
    }

    @Test
    void migrateNextAppliesOnlyThatManyPendingScripts() {
        db.runner().migrate(db.source, MigrateRequest.next(2));

        assertThat(db.runner().migrate(db.source, MigrateRequest.next(2))).extracting(MigrationInfo::version)
                .containsExactly("3");
        assertThat(db.runner().migrate(db.source, MigrateRequest.next(1))).isEmpty();
        assertThat(db.history()).hasSize(3);
    }

    @Test
    void statusReportsChecksumMismatchMissingFileOutOfOrderAndDestructive() throws Exception {
        db.up("4", "create_d", "create table d (id bigint primary key);\n");
        db.down("4", "create_d", "-- Generated\n-- destructive: drop table d\ndrop table d;\n");
        db.runner().migrate(db.source, MigrateRequest.all());
        PostgresMigrationFixture.write(db.source.migrations().resolve("V1__create_a.sql"), "create table a (x int);\n");
        java.nio.file.Files.delete(db.source.migrations().resolve("V3__create_c.sql"));
        db.up("2_5", "late", "create table late (id bigint);\n");
        db.up("5", "create_e", "create table e (id bigint);\n");

        assertThat(db.runner().status(db.source))
                .extracting(MigrationInfo::version, MigrationInfo::state, MigrationInfo::destructive)
                .containsExactly(tuple("1", MigrationState.CHECKSUM_MISMATCH, false),
                        tuple("2", MigrationState.APPLIED, false),
                        tuple("2.5", MigrationState.OUT_OF_ORDER, false),
                        tuple("3", MigrationState.MISSING_FILE, false),
                        tuple("4", MigrationState.APPLIED, true),
                        tuple("5", MigrationState.PENDING, false));
        assertThatThrownBy(() -> db.runner().migrate(db.source, MigrateRequest.all()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("nothing was applied")
                .hasMessageContaining("V1 (create a) was applied but its file V1__create_a.sql changed since (checksum mismatch)")
                .hasMessageContaining("V3 (create c) is recorded as applied but its file V3__create_c.sql is missing")
                .hasMessageContaining("V2.5 (late) is pending but older than the newest applied V4 (create d)");
        assertThat(db.tables()).doesNotContain("e", "late");
    }
}
