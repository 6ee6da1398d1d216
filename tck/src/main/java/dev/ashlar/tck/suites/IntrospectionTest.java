package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import dev.ashlar.schema.SchemaBuilder;
import dev.ashlar.spi.Capability;
import dev.ashlar.spi.SchemaManager;
import dev.ashlar.tck.RequiresCapability;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema read back from a database equals the declared one at the dialect's storage level:
 * {@code introspect().equals(expectedIntrospection(declared))}, so migrations diff against the truth.
 */
@Tck
class IntrospectionTest {

    static final Resource SHELF = Resource.define("Shelf", r -> r
            .table("shelves")
            .attributes(a -> a.integerPrimaryKey("id").string("label", 30).required().defaultTo("unnamed")
                    .ciString("code").integer("capacity").required().defaultTo(10L)
                    .decimal("width", 8, 3).defaultTo(new BigDecimal("1.25")).bool("open").required().defaultTo(true)
                    .enumOf("kind", "wall", "floor").required().defaultTo("wall")
                    .date("built").defaultTo(LocalDate.of(1999, 12, 31)).time("opens").defaultTo(LocalTime.NOON)
                    .timestamp("checked_at").defaultTo(Instant.parse("2024-05-06T07:08:09.123456Z"))
                    .uuid("tag").defaultTo("00000000-0000-0000-0000-000000000001")
                    .text("notes").defaultTo("it's \"quoted\"")
                    .json("extra").binary("photo").defaultTo(new byte[] {7, 0, (byte) 0xff}))
            .identity("unique_code", "code")
            .identity("unique_label_kind", "label", "kind")
            .check("capacity_positive", "capacity > 0")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("label", "code", "capacity")));

    static final Resource ITEM = Resource.define("ShelfItem", r -> r
            .table("shelf_items")
            .attributes(a -> a.string("sku").primaryKey().integer("slot").primaryKey().string("name"))
            .belongsTo("shelf", "Shelf", b -> b.attributeType(AttributeType.integer()).required()
                    .onDelete(ForeignKeyAction.CASCADE).onUpdate(ForeignKeyAction.RESTRICT))
            .belongsTo("backup_shelf", "Shelf", b -> b.attributeType(AttributeType.integer())
                    .onDelete(ForeignKeyAction.SET_NULL))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("sku", "slot", "name", "shelf_id")));

    static final Resource SEAT = Resource.define("Seat", r -> r
            .table("seats")
            .attributes(a -> a.uuidPrimaryKey("id").string("row_name").integer("number"))
            .identityNilsNotDistinct("unique_seat", "row_name", "number")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("row_name", "number")));

    static final Domain STORE = Domain.define("introspection", d -> d.resources(SHELF, ITEM));
    static final Domain SEATS = Domain.define("seats", d -> d.resources(SEAT));

    private static SchemaModel declared(Domain domain) {
        return SchemaModel.of(new SchemaBuilder(domain.resources()).tables("main"));
    }

    @Test
    void introspectionOfACreatedSchemaMatchesTheDeclaration(TckContext tck) {
        Ashlar ashlar = tck.open(STORE);
        SchemaManager schema = ashlar.dataLayer("main").schema();

        SchemaModel live = schema.introspect();

        assertThat(live.tables().keySet()).containsExactly("shelf_items", "shelves");
        SchemaModel expected = schema.expectedIntrospection(declared(STORE));
        for (String table : expected.tables().keySet()) {
            assertThat(live.tables().get(table)).as(table).isEqualTo(expected.tables().get(table));
        }
        assertThat(live).isEqualTo(expected);
    }

    @Test
    void introspectionIsUnchangedByData(TckContext tck) {
        Ashlar ashlar = tck.open(STORE);
        SchemaModel before = ashlar.dataLayer("main").schema().introspect();
        ashlar.create(SHELF, Map.of("label", "top", "code", "T1", "capacity", 3));

        assertThat(ashlar.dataLayer("main").schema().introspect()).isEqualTo(before);
    }

    @Test
    void anEmptyRepoIntrospectsAsAnEmptySchema(TckContext tck) {
        try (Ashlar ashlar = Ashlar.builder().domain(STORE).repo(tck.freshRepo("main")).build()) {
            assertThat(ashlar.dataLayer("main").schema().introspect().tables()).isEmpty();
            assertThat(ashlar.dataLayer("main").schema().tableNames()).isEmpty();
        }
    }

    @Test
    @RequiresCapability(Capability.NULLS_NOT_DISTINCT)
    void introspectionKeepsNilsNotDistinctIdentities(TckContext tck) {
        Ashlar ashlar = tck.open(SEATS);
        SchemaManager schema = ashlar.dataLayer("main").schema();

        assertThat(schema.introspect()).isEqualTo(schema.expectedIntrospection(declared(SEATS)));
        assertThat(schema.introspect().table("seats").orElseThrow().indexes())
                .anySatisfy(index -> assertThat(index.nullsDistinct()).isFalse());
    }
}
