package dev.ashlar.postgres.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresMigrationFailureTest {
    @TempDir
    Path tempDir;
    PostgresMigrationFixture db;

    @BeforeEach
    void oneAppliedMigration() {
        db = new PostgresMigrationFixture(tempDir);
        db.up("1", "create_a", "create table a (id bigint primary key, name text);\ninsert into a values (1, 'x');\n");
        db.runner().migrate(db.source, MigrateRequest.all());
    }

    @AfterEach
    void dropSchema() {
        db.close();
    }

    @Test
    void aMigrationWhoseSecondStatementFailsLeavesSchemaAndHistoryExactlyAsBefore() {
        List<String> schema = db.schema();
        List<String> history = db.history();
        db.up("2", "half_bad", """
                alter table a add column price numeric(12, 2);
                create tablee broken (id int);
                """);

        assertThatThrownBy(() -> db.runner().migrate(db.source, MigrateRequest.all()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2 (half bad)")
                .hasMessageContaining("syntax error at or near \"tablee\"")
                .hasMessageContaining("line 2 of V2__half_bad.sql")
                .hasMessageContaining("rolled back")
                .hasMessageContaining("fix V2__half_bad.sql");
        assertThat(db.schema()).isEqualTo(schema);
        assertThat(db.history()).isEqualTo(history);
    }

    @Test
    void migrationsBeforeTheFailingOneStayAppliedAndTheMessageSaysSo() {
        db.up("2", "good", "create table good (id int);\n");
        db.up("3", "bad", "create table fine (id int);\ninsert into nowhere values (1);\n");

        assertThatThrownBy(() -> db.runner().migrate(db.source, MigrateRequest.all()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V3 (bad)")
                .hasMessageContaining("relation \"nowhere\" does not exist")
                .hasMessageContaining("V2 applied before it and stay applied");
        assertThat(db.history()).containsExactly("1 1 1", "2 2 1");
        assertThat(db.tables()).containsExactly("a", "good");
    }

    @Test
    void messagesNeverCarryTheRepoPassword() {
        String password = PostgresMigrationFixture.PASSWORD;
        RepoConfig repo = db.repo;
        db.up("2", "leak", "select '" + password + "'::int;\n");

        assertThatThrownBy(() -> PostgresMigrationFixture.runner(repo).migrate(db.source, MigrateRequest.all()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("invalid input syntax for type integer: \"**redacted**\"")
                .hasMessageNotContaining("\"" + password + "\"");
    }

    @Test
    void anUnreachableServerIsReportedWithoutThePassword() {
        RepoConfig unreachable = RepoConfig.of("main", "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2",
                "app", "hunter22");

        assertThatThrownBy(() -> PostgresMigrationFixture.runner(unreachable).status(db.source))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("repo main")
                .hasMessageNotContaining("hunter22");
    }
}
