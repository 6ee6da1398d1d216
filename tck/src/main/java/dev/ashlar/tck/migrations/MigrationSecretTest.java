package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.error.RedactedCause;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import dev.ashlar.tck.support.Rendered;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration or a rollback that fails on a constraint names the migration, its file and the database's own message,
 * but never the values of the row: not in the message, a cause, {@code toString} or the printed stack trace
 * (PostgreSQL's detail quotes {@code Key (api_token)=(...)} and {@code Failing row contains (...)}; Flyway's message
 * quotes the failing statement). No driver or Flyway exception is chained as it is.
 */
@Tck
class MigrationSecretTest {
    static final String TOKEN = "tok-9c41d2e07b3a4f55";
    static final String OTHER_TOKEN = "tok-51aa0e3c96d24b7f";
    static final String VAULT = "create table vault (id integer primary key, api_token varchar(100) not null unique, "
            + "credits integer not null check (credits >= 0));\n";
    static final String VERSION = "20260101000009";
    static final String FILE = "V" + VERSION + "__vault.sql";

    private static MigrationWorkspace atVersion1(TckContext tck, Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        ws.generate(Library.at(1), Library.stepName(1));
        ws.migrate(Library.at(1), MigrateRequest.all());
        return ws;
    }

    private static void assertNoSecretIn(Throwable thrown) {
        assertThat(Rendered.fully(thrown)).doesNotContain(TOKEN).doesNotContain(OTHER_TOKEN).doesNotContain("tok-");
        for (Throwable t = thrown.getCause(); t != null; t = t.getCause()) {
            assertThat(t).as("only redacted copies are chained").isInstanceOf(RedactedCause.class);
        }
    }

    @Test
    void aMigrationViolatingAUniqueConstraintShowsNoValueOfTheRow(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = atVersion1(tck, root);
        MigrationWorkspace.write(ws.source().migrations().resolve(FILE), VAULT
                + "insert into vault (id, api_token, credits) values (1, '" + TOKEN + "', 1);\n"
                + "insert into vault (id, api_token, credits) values (2, '" + TOKEN + "', 1);\n");

        MigrationException failure = catchThrowableOfType(MigrationException.class,
                () -> ws.migrate(Library.at(1), MigrateRequest.all()));

        assertThat(failure).as("migrate inserting a duplicate token").isNotNull();
        assertThat(failure.getMessage()).contains(VERSION).contains(FILE).containsIgnoringCase("unique");
        assertNoSecretIn(failure);
    }

    @Test
    void aMigrationViolatingACheckConstraintShowsNoValueOfTheRow(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = atVersion1(tck, root);
        MigrationWorkspace.write(ws.source().migrations().resolve(FILE), VAULT
                + "insert into vault (id, api_token, credits) values (1, '" + TOKEN + "', -5);\n");

        MigrationException failure = catchThrowableOfType(MigrationException.class,
                () -> ws.migrate(Library.at(1), MigrateRequest.all()));

        assertThat(failure).as("migrate inserting a negative credit").isNotNull();
        assertThat(failure.getMessage()).contains(VERSION).contains(FILE).containsIgnoringCase("check");
        assertNoSecretIn(failure);
    }

    @Test
    void aRollbackWhoseDownScriptViolatesAConstraintShowsNoValueOfTheRow(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = atVersion1(tck, root);
        MigrationWorkspace.write(ws.source().migrations().resolve(FILE), VAULT
                + "insert into vault (id, api_token, credits) values (1, '" + TOKEN + "', 1);\n");
        MigrationWorkspace.write(ws.source().downs().resolve("V" + VERSION + "__vault.down.sql"),
                "insert into vault (id, api_token, credits) values (2, '" + TOKEN + "', 1);\n"
                        + "update vault set api_token = '" + OTHER_TOKEN + "', credits = -1;\n"
                        + "drop table vault;\n");
        assertThat(ws.migrate(Library.at(1), MigrateRequest.all())).extracting(MigrationInfo::version)
                .containsExactly(VERSION);

        MigrationException failure = catchThrowableOfType(MigrationException.class,
                () -> ws.rollback(Library.at(1), RollbackRequest.last(1).forced()));

        assertThat(failure).as("rollback inserting a duplicate token").isNotNull();
        assertThat(failure.getMessage()).contains(VERSION).containsIgnoringCase("unique");
        assertNoSecretIn(failure);
    }
}
