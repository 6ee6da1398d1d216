package dev.ashlar.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.AshlarException;
import dev.ashlar.error.ConfigurationException;
import dev.ashlar.error.RedactedCause;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationSource;
import dev.ashlar.sql.JdbcDataLayer;
import dev.ashlar.tck.support.Rendered;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pgjdbc has no user-info in its URLs ({@code user:pw@host} would be taken for a host name); the provider moves it
 * into the repo's user and password, so such a URL connects, and its password reaches no error and no log line.
 */
class PostgresUrlCredentialsTest {
    private static final PostgresTckTarget TARGET = new PostgresTckTarget();
    /** PostgreSQL at 127.0.0.1 trusts every password, so this one connects; nothing may print it. */
    private static final String PASSWORD = "wh4tever-Url-pw";

    @TempDir
    Path root;

    @BeforeAll
    static void postgresIsThere() {
        TARGET.requireServer();
    }

    /** The TCK target's fresh repo, with its credentials moved into the URL as {@code user:password@}. */
    private static RepoConfig withUserInfo(RepoConfig repo, String password) {
        String url = repo.url().replaceFirst("^jdbc:postgresql://", "jdbc:postgresql://" + repo.user() + ":"
                + password + "@");
        return RepoConfig.of(repo.name(), url).withPoolSize(2);
    }

    @Test
    void aUrlWithUserAndPasswordBeforeTheHostConnects() throws Exception {
        RepoConfig fresh = TARGET.freshRepo("main");
        String password = fresh.password().reveal(); // the server's real password, so this works without trust auth
        RepoConfig repo = withUserInfo(fresh, password);
        try (JdbcDataLayer layer = (JdbcDataLayer) new PostgresProvider().open(repo);
             Connection c = layer.dataSource().getConnection()) {
            assertThat(c.getMetaData().getUserName()).isEqualTo(fresh.user());
            assertThat(c.getMetaData().getURL()).doesNotContain(":" + password + "@").doesNotContain("@");
            assertThat(new PostgresProvider().storage(repo).exists()).isTrue();
            assertThat(new dev.ashlar.postgres.migration.PostgresMigrationProvider().migrations().runner(repo).status(MigrationSource.under(root, "main")))
                    .isEmpty();
        } finally {
            TARGET.dispose(fresh);
        }
    }

    @Test
    void aUrlPasswordIsDecodedAndTheSameOneInTheConfigIsAccepted() {
        RepoConfig repo = RepoConfig.of("main", "jdbc:postgresql://app:p%40ss+w%3Ard@db.example:5432/shop", "app",
                "p@ss+w:rd");

        RepoConfig moved = PostgresUserInfo.moveToSettings(repo);

        assertThat(moved.url()).isEqualTo("jdbc:postgresql://db.example:5432/shop");
        assertThat(moved.user()).isEqualTo("app");
        assertThat(moved.password().reveal()).isEqualTo("p@ss+w:rd");
    }

    @Test
    void aUserOrPasswordGivenTwiceAndDifferentlyIsAConfigurationErrorThatShowsNeither() {
        String url = "jdbc:postgresql://app:" + PASSWORD + "@127.0.0.1:5432/postgres";
        Throwable users = catchThrowable(() -> new PostgresProvider().open(RepoConfig.of("main", url, "other", "")));
        Throwable passwords = catchThrowable(() -> new PostgresProvider().storage(
                RepoConfig.of("main", url, "app", "another-pw")));

        assertThat(users).isInstanceOf(ConfigurationException.class).hasMessageContaining("user")
                .hasMessageContaining("differ");
        assertThat(passwords).isInstanceOf(ConfigurationException.class).hasMessageContaining("password")
                .hasMessageContaining("differ");
        assertThat(Rendered.fully(users) + Rendered.fully(passwords)).doesNotContain(PASSWORD)
                .doesNotContain("another-pw").doesNotContain("other");
    }

    /** Opening, storage and migrations against an unreachable host: the password is in no error and no log line. */
    @Test
    void withAnUnreachableHostTheUrlPasswordIsInNoErrorAndNoLogLine() throws Exception {
        RepoConfig repo = RepoConfig.of("main", "jdbc:postgresql://postgres:" + PASSWORD
                + "@127.0.0.1:1/ashlar_never?connectTimeout=2");
        MigrationSource source = MigrationSource.under(root, "main");
        Files.createDirectories(source.migrations());
        Files.writeString(source.migrations().resolve("V1__one.sql"), "create table one (id integer);\n");

        StringBuilder everything = new StringBuilder();
        everything.append(stderrOf(() -> catchThrowable(() -> new PostgresProvider().open(repo))));
        everything.append(stderrOf(() -> catchThrowable(() -> new PostgresProvider().storage(repo).exists())));
        everything.append(stderrOf(() -> catchThrowable(() -> new dev.ashlar.postgres.migration.PostgresMigrationProvider().migrations().runner(repo)
                .migrate(source, MigrateRequest.all()))));
        everything.append(stderrOf(() -> catchThrowable(() -> new dev.ashlar.postgres.migration.PostgresMigrationProvider().migrations().runner(repo)
                .status(source))));

        assertThat(everything).contains("Exception").doesNotContain(PASSWORD);
    }

    /** What {@code failing} throws (it must be an AshlarException with only redacted causes) and logs, rendered. */
    private static String stderrOf(Supplier<Throwable> failing) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Throwable thrown;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            thrown = failing.get();
        } finally {
            System.setErr(original);
        }
        assertThat(thrown).isInstanceOf(AshlarException.class);
        for (Throwable t = thrown.getCause(); t != null; t = t.getCause()) {
            assertThat(t).isInstanceOf(RedactedCause.class);
        }
        return captured.toString(StandardCharsets.UTF_8) + Rendered.fully(thrown);
    }
}
