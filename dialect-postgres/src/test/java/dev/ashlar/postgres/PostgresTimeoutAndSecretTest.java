package dev.ashlar.postgres;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ashlar.Ashlar;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.config.Timeouts;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.error.TimeoutException;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.sql.JdbcDataLayer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL's session timeouts come from the repo's config; a URL's password never reaches an error. */
class PostgresTimeoutAndSecretTest {
    private static final PostgresTckTarget TARGET = new PostgresTckTarget();

    static final Resource TASK = Resource.define("Task", r -> r
            .table("tasks")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
            .actions(x -> x.defaults(CREATE, READ, UPDATE).defaultAccept("name")));

    static final Domain DOMAIN = Domain.define("pg_timeouts", d -> d.resources(TASK));

    @BeforeAll
    static void postgresIsThere() {
        TARGET.requireServer();
    }

    private static String rendered(Throwable thrown) {
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            writer.println(t);
        }
        thrown.printStackTrace(writer);
        writer.flush();
        return out.toString();
    }

    @Test
    void everyConnectionCarriesTheRepoTimeoutsAndHidesServerDetail() throws Exception {
        RepoConfig repo = TARGET.freshRepo("main")
                .withTimeouts(new Timeouts(Duration.ofMillis(1500), Duration.ofSeconds(2)));
        try (JdbcDataLayer layer = (JdbcDataLayer) new PostgresProvider().open(repo);
             Connection c = layer.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(show(s, "lock_timeout")).isEqualTo("1500ms");
            assertThat(show(s, "statement_timeout")).isEqualTo("2s");
            assertThat(c.unwrap(org.postgresql.core.BaseConnection.class).getLogServerErrorDetail()).isFalse();
        } finally {
            TARGET.dispose(repo);
        }
    }

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aStatementRunningPastStatementTimeoutIsATypedTimeout() throws Exception {
        RepoConfig repo = TARGET.freshRepo("main")
                .withTimeouts(new Timeouts(Duration.ofSeconds(30), Duration.ofMillis(400)));
        try (Ashlar ashlar = Ashlar.builder().domain(DOMAIN).repo(repo).build()) {
            ashlar.dataLayer("main").schema().create(new dev.ashlar.schema.SchemaBuilder(DOMAIN.resources())
                    .tables("main"));
            Row task = ashlar.create(TASK, Map.of("name", "locked elsewhere"));
            try (Connection other = DriverManager.getConnection(repo.url(), repo.user(), repo.password().reveal());
                 Statement s = other.createStatement()) {
                other.setAutoCommit(false);
                s.execute("select * from tasks for update"); // holds the row until rollback

                long start = System.nanoTime();
                Throwable thrown = catchThrowable(() -> ashlar.update(TASK, task, Map.of("name", "mine")));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                other.rollback();

                assertThat(thrown).isInstanceOf(TimeoutException.class)
                        .hasMessageContaining("statement-timeout (400ms)");
                assertThat(((TimeoutException) thrown).waitedFor()).isEqualTo(TimeoutException.Wait.STATEMENT);
                assertThat(took).isLessThan(Duration.ofSeconds(10));
            }
        } finally {
            TARGET.dispose(repo);
        }
    }

    @Test
    void aPasswordInTheUrlNeverReachesTheErrorOrItsCauses() {
        String userInfo = "Us3rInf0-pw";
        String param = "Par4m-pw";
        for (String url : new String[] {"jdbc:postgresql://postgres:" + userInfo + "@127.0.0.1:1/postgres?connectTimeout=2",
                "jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=2&password=" + param}) {
            Throwable thrown = catchThrowable(() -> new PostgresProvider().open(RepoConfig.of("main", url)));

            assertThat(thrown).isInstanceOf(DataLayerException.class);
            assertThat(rendered(thrown)).doesNotContain(userInfo).doesNotContain(param);

            Throwable fromStorage = catchThrowable(() -> new PostgresProvider().storage(RepoConfig.of("main", url))
                    .exists());
            assertThat(fromStorage).isInstanceOf(DataLayerException.class);
            assertThat(rendered(fromStorage)).doesNotContain(userInfo).doesNotContain(param);
        }
    }
}
