package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.CheckViolationException;
import dev.ashlar.error.NotNullViolationException;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Constraints the database itself enforces (when a before hook slips past validation): not-null and check
 * violations become the same typed errors on every dialect.
 */
@Tck
class ConstraintTest {

    static final Resource PART = Resource.define("Part", r -> r
            .table("parts")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required().integer("quantity").required())
            .check("quantity_not_negative", "quantity >= 0")
            .actions(x -> x.defaults(CREATE, READ, UPDATE).defaultAccept("name", "quantity")
                    .create("create_without_name", c -> c.accept("name", "quantity")
                            .before(cs -> cs.clear("name")))));

    static final Domain DOMAIN = Domain.define("constraints", d -> d.resources(PART));

    @Test
    void aNullInARequiredColumnIsANotNullViolation(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        NotNullViolationException e = catchThrowableOfType(NotNullViolationException.class,
                () -> ashlar.create(PART, "create_without_name", Map.of("name", "bolt", "quantity", 1)));

        assertThat(e).isNotNull();
        assertThat(e.resource()).isEqualTo("Part");
        assertThat(e.fields()).containsExactly("name");
        assertThat(Rows.count(ashlar, PART)).isZero();
    }

    @Test
    void aFailedCheckIsACheckViolationNamingTheConstraint(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        CheckViolationException e = catchThrowableOfType(CheckViolationException.class,
                () -> ashlar.create(PART, Map.of("name", "bolt", "quantity", -1)));

        assertThat(e).isNotNull();
        assertThat(e.resource()).isEqualTo("Part");
        assertThat(e.constraint()).isEqualTo("quantity_not_negative");
        assertThat(Rows.count(ashlar, PART)).isZero();
    }

    @Test
    void aCheckIsEnforcedOnUpdateToo(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row bolt = ashlar.create(PART, Map.of("name", "bolt", "quantity", 0));

        CheckViolationException e = catchThrowableOfType(CheckViolationException.class,
                () -> ashlar.update(PART, bolt, Map.of("quantity", -5)));

        assertThat(e).isNotNull();
        assertThat(e.constraint()).isEqualTo("quantity_not_negative");
        assertThat(ashlar.get(PART, bolt.getUuid("id")).getLong("quantity")).isZero();
    }
}
