package dev.ashlar.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.resource.Resource;
import dev.ashlar.sql.JdbcDataLayer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's row store keeps prepared statements per connection. Kept statements must never hold a lock or go
 * stale: schema changes on the same connection still work, and a statement that failed is not reused.
 */
class SqliteStatementCacheTest {
    static final Resource NOTE = Resource.define("Note", r -> r.table("notes")
            .attributes(a -> a.integerPrimaryKey("id").string("title").required()));

    @TempDir
    Path dir;

    private JdbcDataLayer openWithOneConnection() {
        return (JdbcDataLayer) new SqliteProvider().open(RepoConfig.of("main", "jdbc:sqlite:" + dir.resolve("c.db"))
                .withPoolSize(1));
    }

    private static void execute(JdbcDataLayer layer, String... sql) throws SQLException {
        try (Connection c = layer.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    private static Map<String, Object> note(long id, String title) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("title", title);
        return values;
    }

    @Test
    void keptStatementsLetTheSameConnectionChangeTheSchema() throws SQLException {
        try (JdbcDataLayer layer = openWithOneConnection()) {
            execute(layer, "create table notes (id integer primary key, title text not null) strict");
            for (long id = 1; id <= 3; id++) {
                layer.rows().insert(NOTE, List.of(note(id, "n" + id)));
                assertThat(layer.rows().find(NOTE, Map.of("id", id))).isPresent();
            }
            assertThat(layer.rows().select(NOTE, null, List.of(), null, 0)).hasSize(3);

            // Same (only) physical connection as the kept statements: they must be reset, not holding the table.
            execute(layer, "drop table notes",
                    "create table notes (id integer primary key, extra text, title text not null) strict");

            assertThat(layer.rows().find(NOTE, Map.of("id", 1L))).isEmpty();
            layer.rows().insert(NOTE, List.of(note(1, "again")));
            assertThat(layer.rows().find(NOTE, Map.of("id", 1L))).get()
                    .extracting(row -> row.get("title")).isEqualTo("again");
        }
    }

    @Test
    void aStatementThatFailedIsNotReused() throws SQLException {
        try (JdbcDataLayer layer = openWithOneConnection()) {
            execute(layer, "create table notes (id integer primary key, title text not null) strict");
            layer.rows().insert(NOTE, List.of(note(1, "first")));

            assertThatThrownBy(() -> layer.rows().insert(NOTE, List.of(note(1, "duplicate"))))
                    .isInstanceOf(UniqueViolationException.class);

            layer.rows().insert(NOTE, List.of(note(2, "second")));
            assertThat(layer.rows().select(NOTE, null, List.of(), null, 0))
                    .extracting(row -> row.get("title")).containsExactly("first", "second");
        }
    }
}
