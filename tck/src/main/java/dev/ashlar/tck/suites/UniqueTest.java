package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.error.UnsupportedCapabilityException;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.spi.Capability;
import dev.ashlar.tck.RequiresCapability;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Identities and primary keys are unique on every dialect, and a violation is the same typed error everywhere,
 * naming the identity and its attributes (SQLite gives no constraint name, so the data layer maps by columns).
 */
@Tck
class UniqueTest {

    static final Resource ACCOUNT = Resource.define("Account", r -> r
            .table("accounts")
            .attributes(a -> a.uuidPrimaryKey("id").ciString("email").required().string("username")
                    .string("region").string("code"))
            .identity("unique_email", "email")
            .identity("unique_username", "username")
            .identity("unique_region_code", "region", "code")
            .actions(x -> x.defaults(CREATE, READ, UPDATE).defaultAccept("email", "username", "region", "code")));

    static final Resource COUNTRY = Resource.define("Country", r -> r
            .table("countries")
            .attributes(a -> a.string("code").primaryKey().string("name"))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("code", "name")));

    static final Resource SLOT = Resource.define("Slot", r -> r
            .table("slots")
            .attributes(a -> a.uuidPrimaryKey("id").string("room").integer("hour"))
            .identityNilsNotDistinct("unique_room_hour", "room", "hour")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("room", "hour")));

    static final Domain DOMAIN = Domain.define("unique", d -> d.resources(ACCOUNT, COUNTRY));
    static final Domain SLOTS = Domain.define("slots", d -> d.resources(SLOT));

    private static Map<String, Object> account(String email, String username, String region, String code) {
        Map<String, Object> input = new HashMap<>();
        input.put("email", email);
        input.put("username", username);
        input.put("region", region);
        input.put("code", code);
        return input;
    }

    @Test
    void duplicateIdentityIsAUniqueViolationNamingTheIdentityAndItsKeys(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(ACCOUNT, account("ann@example.com", "ann", null, null));

        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class,
                () -> ashlar.create(ACCOUNT, account("ann@example.com", "other", null, null)));

        assertThat(e).isNotNull();
        assertThat(e.identity()).isEqualTo("unique_email");
        assertThat(e.fields()).containsExactly("email");
        assertThat(e.resource()).isEqualTo("Account");
        assertThat(Rows.count(ashlar, ACCOUNT)).isEqualTo(1);
    }

    @Test
    void theViolatedIdentityIsReportedWhenSeveralExist(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(ACCOUNT, account("ann@example.com", "ann", "eu", "1"));

        UniqueViolationException byUsername = catchThrowableOfType(UniqueViolationException.class,
                () -> ashlar.create(ACCOUNT, account("bob@example.com", "ann", "us", "1")));
        UniqueViolationException byComposite = catchThrowableOfType(UniqueViolationException.class,
                () -> ashlar.create(ACCOUNT, account("cat@example.com", "cat", "eu", "1")));

        assertThat(byUsername).isNotNull();
        assertThat(byUsername.identity()).isEqualTo("unique_username");
        assertThat(byUsername.fields()).containsExactly("username");
        assertThat(byComposite).isNotNull();
        assertThat(byComposite.identity()).isEqualTo("unique_region_code");
        assertThat(byComposite.fields()).containsExactly("region", "code");
        assertThat(Rows.count(ashlar, ACCOUNT)).isEqualTo(1);
    }

    @Test
    void compositeIdentitiesAllowRowsDifferingInOneKey(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        ashlar.create(ACCOUNT, account("a@example.com", null, "eu", "1"));
        ashlar.create(ACCOUNT, account("b@example.com", null, "eu", "2"));
        ashlar.create(ACCOUNT, account("c@example.com", null, "us", "1"));

        assertThat(Rows.count(ashlar, ACCOUNT)).isEqualTo(3);
    }

    @Test
    void ciStringIdentitiesCollideIgnoringCase(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row ann = ashlar.create(ACCOUNT, account("Ann@Example.com", null, null, null));

        assertThatThrownBy(() -> ashlar.create(ACCOUNT, account("ann@EXAMPLE.COM", null, null, null)))
                .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
                    assertThat(e.identity()).isEqualTo("unique_email");
                    assertThat(e.fields()).containsExactly("email");
                });
        assertThat(ashlar.getBy(ACCOUNT, "unique_email", Map.of("email", "ANN@example.com"))).isEqualTo(ann);
    }

    @Test
    void stringIdentitiesAreCaseSensitive(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        ashlar.create(ACCOUNT, account("a@example.com", "Ann", null, null));
        ashlar.create(ACCOUNT, account("b@example.com", "ann", null, null));

        assertThat(Rows.count(ashlar, ACCOUNT)).isEqualTo(2);
    }

    @Test
    void duplicatePrimaryKeyIsAUniqueViolationOfThePrimaryKey(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(COUNTRY, Map.of("code", "FR", "name", "France"));

        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class,
                () -> ashlar.create(COUNTRY, Map.of("code", "FR", "name", "Frankreich")));

        assertThat(e).isNotNull();
        assertThat(e.identity()).isEqualTo("primary_key");
        assertThat(e.fields()).containsExactly("code");
        assertThat(ashlar.get(COUNTRY, "FR").getString("name")).isEqualTo("France");
    }

    @Test
    void nilsAreDistinctByDefault(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        ashlar.create(ACCOUNT, account("a@example.com", null, null, null));
        ashlar.create(ACCOUNT, account("b@example.com", null, null, null));
        ashlar.create(ACCOUNT, account("c@example.com", null, "eu", null));
        ashlar.create(ACCOUNT, account("d@example.com", null, "eu", null));

        assertThat(Rows.count(ashlar, ACCOUNT)).isEqualTo(4);
    }

    @Test
    void updateIntoAnExistingIdentityIsAUniqueViolationAndChangesNothing(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(ACCOUNT, account("a@example.com", "ann", null, null));
        Row bob = ashlar.create(ACCOUNT, account("b@example.com", "bob", null, null));

        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class,
                () -> ashlar.update(ACCOUNT, bob, Map.of("username", "ann")));

        assertThat(e).isNotNull();
        assertThat(e.identity()).isEqualTo("unique_username");
        assertThat(ashlar.get(ACCOUNT, bob.getUuid("id"))).isEqualTo(bob);
    }

    @Test
    @RequiresCapability(Capability.NULLS_NOT_DISTINCT)
    void nilsCollideUnderAnIdentityWithNilsNotDistinct(TckContext tck) {
        Ashlar ashlar = tck.open(SLOTS);
        Map<String, Object> noHour = new HashMap<>();
        noHour.put("room", "blue");
        noHour.put("hour", null);
        ashlar.create(SLOT, noHour);
        ashlar.create(SLOT, Map.of("room", "blue", "hour", 9));

        UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class,
                () -> ashlar.create(SLOT, noHour));

        assertThat(e).isNotNull();
        assertThat(e.identity()).isEqualTo("unique_room_hour");
        assertThat(e.fields()).containsExactly("room", "hour");
        assertThat(Rows.count(ashlar, SLOT)).isEqualTo(2);
    }

    @Test
    void anIdentityWithNilsNotDistinctOpensOnlyWithTheCapability(TckContext tck) {
        Throwable thrown = catchThrowable(() -> tck.open(SLOTS));

        if (tck.has(Capability.NULLS_NOT_DISTINCT)) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOfSatisfying(UnsupportedCapabilityException.class, e -> {
                assertThat(e.capability()).isEqualTo("NULLS_NOT_DISTINCT");
                assertThat(e.dialect()).isNotBlank();
            });
        }
    }
}
