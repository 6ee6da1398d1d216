package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.error.NotFoundException;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Create, read, update and destroy through the default actions; uuid, integer and composite primary keys. */
@Tck
class CrudTest {

    static final Resource PRODUCT = Resource.define("Product", r -> r
            .table("products")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required().decimal("price", 12, 2)
                    .integer("stock").defaultTo(0).bool("active").defaultTo(true).timestamps())
            .identity("unique_name", "name")
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("name", "price", "stock", "active")
                    .update("rename", u -> u.accept("name"))
                    .update("restock", u -> u.accept("stock").validate(CrudTest::stockMayOnlyGrow))
                    .destroy("retire", d -> d.validate(CrudTest::onlyInactiveRetire))));

    /** Reads the original row: an update by key must load it for this validation. */
    private static void stockMayOnlyGrow(dev.ashlar.action.Changeset cs) {
        long before = cs.original().orElseThrow().getLong("stock");
        Object after = cs.attribute("stock");
        if (after instanceof Long now && now < before) {
            cs.addError("stock", "decrease", "may only grow, from " + before);
        }
    }

    private static void onlyInactiveRetire(dev.ashlar.action.Changeset cs) {
        if (Boolean.TRUE.equals(cs.attribute("active"))) {
            cs.addError("active", "still_active", "deactivate the product before retiring it");
        }
    }

    static final Resource COUNTER = Resource.define("Counter", r -> r
            .table("counters")
            .attributes(a -> a.integerPrimaryKey("id").string("label").required())
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("label")));

    static final Resource STOCK_LEVEL = Resource.define("StockLevel", r -> r
            .table("stock_levels")
            .attributes(a -> a.string("warehouse").primaryKey().string("sku").primaryKey()
                    .integer("quantity").required())
            .actions(x -> x.defaults(CREATE, READ, DESTROY).defaultAccept("warehouse", "sku", "quantity")
                    .update("update", u -> u.accept("quantity"))));

    static final Domain SHOP = Domain.define("crud", d -> d.resources(PRODUCT, COUNTER, STOCK_LEVEL));

    @Test
    void createReturnsTheStoredRowWithGeneratedIdDefaultsAndTimestamps(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

        Row tea = ashlar.create(PRODUCT, Map.of("name", "Tea", "price", new BigDecimal("4.50")));

        Instant after = Instant.now();
        assertThat(tea.getUuid("id")).isNotNull();
        assertThat(tea.getString("name")).isEqualTo("Tea");
        assertThat(tea.getDecimal("price")).isEqualTo(new BigDecimal("4.50"));
        assertThat(tea.getLong("stock")).isZero();
        assertThat(tea.getBoolean("active")).isTrue();
        assertThat(tea.getInstant("inserted_at")).isBetween(before, after);
        assertThat(tea.getInstant("updated_at")).isBetween(before, after);
        assertThat(tea.values().keySet())
                .containsExactly("id", "name", "price", "stock", "active", "inserted_at", "updated_at");
    }

    @Test
    void createdRowEqualsTheRowReadBack(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row created = ashlar.create(PRODUCT, Map.of("name", "Tea", "price", "4.5", "stock", 7, "active", false));

        assertThat(ashlar.get(PRODUCT, created.getUuid("id"))).isEqualTo(created);
        assertThat(Rows.all(ashlar, PRODUCT)).containsExactly(created);
    }

    @Test
    void eachCreateGetsItsOwnUuid(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row a = ashlar.create(PRODUCT, Map.of("name", "A"));
        Row b = ashlar.create(PRODUCT, Map.of("name", "B"));

        assertThat(a.getUuid("id")).isNotEqualTo(b.getUuid("id"));
        assertThat(Rows.count(ashlar, PRODUCT)).isEqualTo(2);
    }

    @Test
    void getByPrimaryKeyAcceptsTheKeyAsValueTextOrRow(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row tea = ashlar.create(PRODUCT, Map.of("name", "Tea"));
        ashlar.create(PRODUCT, Map.of("name", "Coffee"));

        assertThat(ashlar.get(PRODUCT, tea.getUuid("id"))).isEqualTo(tea);
        assertThat(ashlar.get(PRODUCT, tea.getUuid("id").toString())).isEqualTo(tea);
        assertThat(ashlar.get(PRODUCT, Map.of("id", tea.getUuid("id")))).isEqualTo(tea);
    }

    @Test
    void getOfAMissingKeyThrowsNotFound(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        ashlar.create(PRODUCT, Map.of("name", "Tea"));
        UUID missing = UUID.randomUUID();

        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> ashlar.get(PRODUCT, missing));

        assertThat(e).isNotNull();
        assertThat(e.resource()).isEqualTo("Product");
        assertThat(e.key()).containsEntry("id", missing);
    }

    @Test
    void getByIdentityFindsTheRowOrThrowsNotFound(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row tea = ashlar.create(PRODUCT, Map.of("name", "Tea"));
        ashlar.create(PRODUCT, Map.of("name", "Coffee"));

        assertThat(ashlar.getBy(PRODUCT, "unique_name", Map.of("name", "Tea"))).isEqualTo(tea);
        assertThatThrownBy(() -> ashlar.getBy(PRODUCT, "unique_name", Map.of("name", "tea")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndBumpsUpdatedAt(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row tea = ashlar.create(PRODUCT, Map.of("name", "Tea", "price", "4.50", "stock", 3));

        Row updated = ashlar.update(PRODUCT, tea.getUuid("id"), Map.of("price", "5.25"));

        assertThat(updated.getDecimal("price")).isEqualTo(new BigDecimal("5.25"));
        assertThat(updated.getString("name")).isEqualTo("Tea");
        assertThat(updated.getLong("stock")).isEqualTo(3L);
        assertThat(updated.getBoolean("active")).isTrue();
        assertThat(updated.getInstant("inserted_at")).isEqualTo(tea.getInstant("inserted_at"));
        assertThat(updated.getInstant("updated_at")).isAfter(tea.getInstant("updated_at"));
        assertThat(ashlar.get(PRODUCT, tea.getUuid("id"))).isEqualTo(updated);
    }

    @Test
    void updateRefusesAttributesTheActionDoesNotAccept(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row tea = ashlar.create(PRODUCT, Map.of("name", "Tea", "price", "4.50"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.update(PRODUCT, "rename", tea, Map.of("name", "Green tea", "price", "1.00")));

        assertThat(e).isNotNull();
        assertThat(e.errorsFor("price")).extracting(f -> f.code()).containsExactly("not_accepted");
        assertThat(ashlar.get(PRODUCT, tea.getUuid("id"))).isEqualTo(tea);
        Row renamed = ashlar.update(PRODUCT, "rename", tea, Map.of("name", "Green tea"));
        assertThat(renamed.getString("name")).isEqualTo("Green tea");
        assertThat(renamed.getDecimal("price")).isEqualTo(new BigDecimal("4.50"));
    }

    @Test
    void updateCanSetAnOptionalAttributeToNil(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row tea = ashlar.create(PRODUCT, Map.of("name", "Tea", "price", "4.50"));

        java.util.Map<String, Object> clear = new java.util.HashMap<>();
        clear.put("price", null);
        Row updated = ashlar.update(PRODUCT, tea, clear);

        assertThat(updated.getDecimal("price")).isNull();
        assertThat(ashlar.get(PRODUCT, tea.getUuid("id")).getDecimal("price")).isNull();
    }

    @Test
    void destroyReturnsTheOldRowAndThenGetThrowsNotFound(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row tea = ashlar.create(PRODUCT, Map.of("name", "Tea", "price", "4.50"));
        Row coffee = ashlar.create(PRODUCT, Map.of("name", "Coffee"));

        Row destroyed = ashlar.destroy(PRODUCT, tea.getUuid("id"));

        assertThat(destroyed).isEqualTo(tea);
        assertThatThrownBy(() -> ashlar.get(PRODUCT, tea.getUuid("id"))).isInstanceOf(NotFoundException.class);
        assertThat(Rows.all(ashlar, PRODUCT)).containsExactly(coffee);
    }

    @Test
    void updateOrDestroyOfAMissingKeyThrowsNotFound(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        ashlar.create(PRODUCT, Map.of("name", "Tea"));
        UUID missing = UUID.randomUUID();

        assertThatThrownBy(() -> ashlar.update(PRODUCT, missing, Map.of("name", "X")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ashlar.destroy(PRODUCT, missing)).isInstanceOf(NotFoundException.class);
        assertThat(Rows.count(ashlar, PRODUCT)).isEqualTo(1);
    }

    @Test
    void validationsThatReadTheOriginalSeeTheStoredRowWhenOnlyTheKeyIsGiven(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row tea = ashlar.create(PRODUCT, Map.of("name", "Tea", "stock", 5));
        UUID id = tea.getUuid("id");

        assertThat(ashlar.update(PRODUCT, "restock", id, Map.of("stock", 8)).getLong("stock")).isEqualTo(8L);
        InvalidInputException shrink = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.update(PRODUCT, "restock", id, Map.of("stock", 2)));
        assertThat(shrink.errorsFor("stock")).extracting(f -> f.code()).containsExactly("decrease");
        assertThat(ashlar.get(PRODUCT, id).getLong("stock")).isEqualTo(8L);
        assertThatThrownBy(() -> ashlar.update(PRODUCT, "restock", UUID.randomUUID(), Map.of("stock", 9)))
                .isInstanceOf(NotFoundException.class);

        InvalidInputException active = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.destroy(PRODUCT, "retire", id, Map.of()));
        assertThat(active.errorsFor("active")).extracting(f -> f.code()).containsExactly("still_active");
        ashlar.update(PRODUCT, id, Map.of("active", false));
        assertThat(ashlar.destroy(PRODUCT, "retire", id, Map.of()).getLong("stock")).isEqualTo(8L);
        assertThat(Rows.count(ashlar, PRODUCT)).isZero();
    }

    @Test
    void anUpdateByKeyWithNothingToChangeReturnsTheStoredRow(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row first = ashlar.create(COUNTER, Map.of("label", "first"));

        assertThat(ashlar.update(COUNTER, first.getLong("id"), Map.of())).isEqualTo(first);
        assertThatThrownBy(() -> ashlar.update(COUNTER, first.getLong("id") + 1000, Map.of()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void integerPrimaryKeysAreGeneratedByTheDatabase(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);

        Row first = ashlar.create(COUNTER, Map.of("label", "first"));
        Row second = ashlar.create(COUNTER, Map.of("label", "second"));

        assertThat(first.getLong("id")).isNotNull().isPositive();
        assertThat(second.getLong("id")).isGreaterThan(first.getLong("id"));
        assertThat(ashlar.get(COUNTER, first.getLong("id"))).isEqualTo(first);
        assertThat(ashlar.get(COUNTER, second.getLong("id")).getString("label")).isEqualTo("second");
    }

    @Test
    void integerPrimaryKeyRowsCanBeUpdatedAndDestroyed(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row row = ashlar.create(COUNTER, Map.of("label", "x"));

        Row updated = ashlar.update(COUNTER, row.getLong("id"), Map.of("label", "y"));
        Row destroyed = ashlar.destroy(COUNTER, updated);

        assertThat(updated.getLong("id")).isEqualTo(row.getLong("id"));
        assertThat(destroyed.getString("label")).isEqualTo("y");
        assertThat(Rows.count(ashlar, COUNTER)).isZero();
    }

    @Test
    void compositePrimaryKeysIdentifyRowsByAllTheirParts(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        Row a = ashlar.create(STOCK_LEVEL, Map.of("warehouse", "north", "sku", "tea", "quantity", 5));
        Row b = ashlar.create(STOCK_LEVEL, Map.of("warehouse", "north", "sku", "coffee", "quantity", 9));
        Row c = ashlar.create(STOCK_LEVEL, Map.of("warehouse", "south", "sku", "tea", "quantity", 1));

        assertThat(ashlar.get(STOCK_LEVEL, Map.of("warehouse", "north", "sku", "coffee"))).isEqualTo(b);

        Row updated = ashlar.update(STOCK_LEVEL, Map.of("warehouse", "south", "sku", "tea"), Map.of("quantity", 2));
        assertThat(updated.getLong("quantity")).isEqualTo(2L);
        assertThat(ashlar.get(STOCK_LEVEL, a).getLong("quantity")).isEqualTo(5L);

        ashlar.destroy(STOCK_LEVEL, Map.of("warehouse", "north", "sku", "tea"));
        assertThat(Rows.all(ashlar, STOCK_LEVEL)).containsExactlyInAnyOrder(b, updated);
        assertThatThrownBy(() -> ashlar.get(STOCK_LEVEL, a)).isInstanceOf(NotFoundException.class);
        assertThat(c.getString("warehouse")).isEqualTo("south");
    }

    @Test
    void aCompositeKeyCannotBeGivenAsOneValue(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.get(STOCK_LEVEL, "north"));

        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(f -> f.code()).containsExactly("invalid_key");
    }
}
