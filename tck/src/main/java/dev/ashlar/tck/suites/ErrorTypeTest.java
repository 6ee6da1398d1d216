package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.AshlarException;
import dev.ashlar.error.CheckViolationException;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.error.ForeignKeyViolationException;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.error.NotFoundException;
import dev.ashlar.error.NotNullViolationException;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every failure a caller sees is an {@link AshlarException}: no {@code java.sql} or {@code org.jooq} type escapes. */
@Tck
class ErrorTypeTest {

    static final Resource OWNER = Resource.define("Owner", r -> r
            .table("owners")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
            .identity("unique_name", "name")
            .actions(x -> x.defaults(CREATE, READ, DESTROY).defaultAccept("name")));

    static final Resource PET = Resource.define("Pet", r -> r
            .table("pets")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required().integer("legs").required())
            .belongsTo("owner", "Owner", b -> b.required().onDelete(ForeignKeyAction.RESTRICT))
            .check("legs_not_negative", "legs >= 0")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name", "legs", "owner_id")
                    .create("create_nameless", c -> c.accept("name", "legs", "owner_id")
                            .before(cs -> cs.clear("name")))));

    static final Domain DOMAIN = Domain.define("errors", d -> d.resources(OWNER, PET));

    /** Runs {@code call} and checks it failed with {@code type}, an Ashlar error, not a driver or jOOQ type. */
    private static void assertAshlarError(ThrowingCallable call, Class<? extends AshlarException> type) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("an error was expected").isNotNull();
        assertThat(thrown.getClass().getName()).doesNotStartWith("java.sql.").doesNotStartWith("org.jooq.");
        assertThat(thrown).isInstanceOf(AshlarException.class).isInstanceOf(type);
    }

    private static Row owner(Ashlar ashlar, String name) {
        return ashlar.create(OWNER, Map.of("name", name));
    }

    @Test
    void constraintViolationsAreAshlarErrors(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row ann = owner(ashlar, "Ann");
        ashlar.create(PET, Map.of("name", "Rex", "legs", 4, "owner_id", ann.getUuid("id")));

        assertAshlarError(() -> owner(ashlar, "Ann"), UniqueViolationException.class);
        assertAshlarError(() -> ashlar.create(PET, Map.of("name", "Tom", "legs", 4, "owner_id", UUID.randomUUID())),
                ForeignKeyViolationException.class);
        assertAshlarError(() -> ashlar.destroy(OWNER, ann), ForeignKeyViolationException.class);
        assertAshlarError(() -> ashlar.create(PET, "create_nameless",
                Map.of("name", "x", "legs", 4, "owner_id", ann.getUuid("id"))), NotNullViolationException.class);
        assertAshlarError(() -> ashlar.create(PET, Map.of("name", "Odd", "legs", -1, "owner_id", ann.getUuid("id"))),
                CheckViolationException.class);
    }

    @Test
    void missingRowsAndBadInputAreAshlarErrors(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        assertAshlarError(() -> ashlar.get(OWNER, UUID.randomUUID()), NotFoundException.class);
        assertAshlarError(() -> ashlar.destroy(OWNER, UUID.randomUUID()), NotFoundException.class);
        assertAshlarError(() -> ashlar.get(OWNER, "not a uuid"), InvalidInputException.class);
        assertAshlarError(() -> ashlar.create(OWNER, Map.of()), InvalidInputException.class);
    }

    @Test
    void aFailingStatementIsADataLayerError(TckContext tck) {
        Domain ownersOnly = Domain.define("no_tables", d -> d.resources(OWNER));
        try (Ashlar ashlar = Ashlar.builder().domain(ownersOnly).repo(tck.freshRepo("main")).build()) {
            // the tables were never created: the statement fails inside the data layer
            assertAshlarError(() -> owner(ashlar, "Ann"), DataLayerException.class);
            assertAshlarError(() -> ashlar.get(OWNER, UUID.randomUUID()), DataLayerException.class);
        }
    }

    @Test
    void theDataLayerStaysUsableAfterErrors(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row ann = owner(ashlar, "Ann");
        for (int i = 0; i < 20; i++) {
            assertAshlarError(() -> owner(ashlar, "Ann"), UniqueViolationException.class);
            assertAshlarError(() -> ashlar.create(PET, Map.of("name", "x", "legs", 1, "owner_id", UUID.randomUUID())),
                    ForeignKeyViolationException.class);
        }

        Row pet = ashlar.create(PET, Map.of("name", "Rex", "legs", 4, "owner_id", ann.getUuid("id")));

        assertThat(ashlar.get(PET, pet.getUuid("id"))).isEqualTo(pet);
    }
}
