package dev.ashlar.sqlite.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.sqlite.SqliteProvider;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMigrationFailureTest {
    private static final String PARENT_AND_CHILDREN = """
            create table parent (id integer primary key, name text not null);
            create table child (id integer primary key,
                parent_id integer not null references parent (id) on delete cascade);
            insert into parent values (1, 'one'), (2, 'two');
            insert into child values (10, 1), (11, 1), (20, 2);
            """;

    @TempDir
    Path tempDir;
    SqliteMigrationFixture db;

    @BeforeEach
    void setUp() {
        db = new SqliteMigrationFixture(tempDir);
        db.up("1", "parent_and_children", PARENT_AND_CHILDREN);
        db.runner().migrate(db.source, MigrateRequest.all());
    }

    @Test
    void aMigrationWhoseSecondStatementFailsLeavesSchemaAndHistoryExactlyAsBefore() {
        List<String> schema = db.schema();
        List<String> history = db.history();
        db.up("2", "half_bad", """
                create table extra (id integer primary key);
                create tablee broken (id integer);
                """);

        assertThatThrownBy(() -> db.runner().migrate(db.source, MigrateRequest.all()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2 (half bad)")
                .hasMessageContaining("syntax error")
                .hasMessageContaining("line 2 of V2__half_bad.sql")
                .hasMessageContaining("rolled back")
                .hasMessageContaining("fix V2__half_bad.sql");
        assertThat(db.schema()).isEqualTo(schema);
        assertThat(db.history()).isEqualTo(history);
    }

    @Test
    void migrationsBeforeTheFailingOneStayAppliedAndTheMessageSaysSo() {
        db.up("2", "good", "create table good (id integer primary key);\n");
        db.up("3", "bad", "create table fine (id integer primary key);\ninsert into nowhere values (1);\n");

        assertThatThrownBy(() -> db.runner().migrate(db.source, MigrateRequest.all()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V3 (bad)")
                .hasMessageContaining("no such table: nowhere")
                .hasMessageContaining("V2 applied before it and stay applied");
        assertThat(db.history()).containsExactly("1 1 1", "2 2 1");
        assertThat(db.rows("select name from sqlite_schema where name in ('good', 'fine')")).containsExactly("good");
    }

    @Test
    void aMigrationThatLeavesChildRowsWithoutTheirParentFailsAndChangesNothing() {
        List<String> schema = db.schema();
        List<String> history = db.history();
        db.up("2", "delete_parent", "insert into parent values (3, 'three');\ndelete from parent where id = 1;\n");

        assertThatThrownBy(() -> db.runner().migrate(db.source, MigrateRequest.all()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2 (delete parent)")
                .hasMessageContaining("left foreign keys broken")
                .hasMessageContaining("child rowid 10 references a missing row in parent")
                .hasMessageContaining("rolled back");
        assertThat(db.schema()).isEqualTo(schema);
        assertThat(db.history()).isEqualTo(history);
        assertThat(db.rows("select id from parent order by id")).containsExactly("1", "2");
        assertThat(db.rows("select id from child order by id")).containsExactly("10", "11", "20");
    }

    @Test
    void rebuildingAParentTableKeepsItsCascadeChildrenAndTheirCascade() {
        db.up("2", "rebuild_parent", """
                create table new_parent (id integer primary key, name text not null, note text);
                insert into new_parent (id, name) select id, name from parent;
                drop table parent;
                alter table new_parent rename to parent;
                """);

        List<MigrationInfo> applied = db.runner().migrate(db.source, MigrateRequest.all());

        assertThat(applied).extracting(MigrationInfo::version).containsExactly("2");
        assertThat(db.rows("select id from child order by id")).containsExactly("10", "11", "20");
        assertThat(db.rows("select sql from sqlite_schema where name = 'child'").getFirst())
                .contains("references parent (id) on delete cascade");
        db.execute("delete from parent where id = 1", true);
        assertThat(db.rows("select id from child order by id")).containsExactly("20");
    }

    @Test
    void messagesNeverCarryTheRepoPassword() {
        RepoConfig withPassword = RepoConfig.of("main", db.repo.url(), "app", "s3cretpw");
        db.up("2", "leak", "select * from s3cretpw;\n");

        assertThatThrownBy(() -> new SqliteMigrationProvider().migrations().runner(withPassword)
                .migrate(db.source, MigrateRequest.all()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("no such table: **redacted**")
                .hasMessageNotContaining("s3cretpw");
    }
}
