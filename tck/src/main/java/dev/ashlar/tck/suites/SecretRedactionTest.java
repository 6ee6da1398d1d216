package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.CheckViolationException;
import dev.ashlar.error.NotFoundException;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.resource.Resource;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import dev.ashlar.tck.support.Rendered;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sensitive values never appear in an error: not in its message, its {@code toString}, any cause, or its printed
 * stack trace (PostgreSQL's detail quotes key values and whole failing rows; Ashlar leaves it out everywhere).
 */
@Tck
class SecretRedactionTest {
    static final String TOKEN = "tok-3f9a1c77e2b54d0e";
    static final String HASH = "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";

    static final Resource ACCOUNT = Resource.define("Account", r -> r
            .table("accounts")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required()
                    .string("api_token").required().sensitive()
                    .string("password_hash").required().sensitive()
                    .integer("credits").required())
            .identity("unique_api_token", "api_token")
            .check("credits_not_negative", "credits >= 0")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name", "api_token", "password_hash", "credits")));

    static final Domain DOMAIN = Domain.define("secrets", d -> d.resources(ACCOUNT));

    private static Map<String, Object> account(String name, int credits) {
        return Map.of("name", name, "api_token", TOKEN, "password_hash", HASH, "credits", credits);
    }

    private static void assertNoSecretIn(Throwable thrown) {
        String all = Rendered.fully(thrown);
        assertThat(all).doesNotContain(TOKEN).doesNotContain(HASH).doesNotContain("tok-3f9a");
        for (Throwable t = thrown.getCause(); t != null; t = t.getCause()) {
            assertThat(t.getClass().getName()).as("a driver exception is chained as it is")
                    .doesNotStartWith("java.sql.").doesNotStartWith("org.postgresql.").doesNotStartWith("org.sqlite.");
        }
    }

    @Test
    void aUniqueViolationOnASensitiveIdentityShowsNoValue(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(ACCOUNT, account("Ann", 1));

        Throwable thrown = catchThrowable(() -> ashlar.create(ACCOUNT, account("Bob", 1)));

        assertThat(thrown).isInstanceOf(UniqueViolationException.class);
        assertThat(((UniqueViolationException) thrown).identity()).isEqualTo("unique_api_token");
        assertNoSecretIn(thrown);
    }

    @Test
    void aCheckViolationShowsNoValueOfTheFailingRow(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Throwable thrown = catchThrowable(() -> ashlar.create(ACCOUNT, account("Ann", -5)));

        assertThat(thrown).isInstanceOf(CheckViolationException.class);
        assertThat(thrown.getMessage()).contains("credits_not_negative");
        assertNoSecretIn(thrown);
    }

    @Test
    void aViolationInsideAMultiRowInsertShowsNoValue(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(ACCOUNT, account("Ann", 1));

        Throwable thrown = catchThrowable(() -> ashlar.bulkCreate(ACCOUNT, java.util.List.of(
                Map.of("name", "Cy", "api_token", "other-token-1", "password_hash", HASH, "credits", 1),
                account("Bob", 1))));

        assertThat(thrown).isNotNull();
        assertNoSecretIn(thrown);
    }

    @Test
    void getByASensitiveIdentityThatMatchesNothingShowsNoValue(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Throwable thrown = catchThrowable(() -> ashlar.getBy(ACCOUNT, "unique_api_token", Map.of("api_token", TOKEN)));

        assertThat(thrown).isInstanceOf(NotFoundException.class)
                .hasMessage("Account not found for {api_token=**redacted**}");
        assertThat(((NotFoundException) thrown).key()).containsEntry("api_token", TOKEN); // for code, not printing
        assertNoSecretIn(thrown);
    }
}
