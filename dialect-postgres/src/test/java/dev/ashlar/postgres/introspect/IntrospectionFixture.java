package dev.ashlar.postgres.introspect;

import static dev.ashlar.resource.ForeignKeyAction.CASCADE;
import static dev.ashlar.resource.ForeignKeyAction.NO_ACTION;
import static dev.ashlar.resource.ForeignKeyAction.RESTRICT;
import static dev.ashlar.resource.ForeignKeyAction.SET_NULL;

import dev.ashlar.domain.Domain;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.Resource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/** Declarations covering every attribute type, literal defaults, each key shape and each foreign-key action. */
final class IntrospectionFixture {
    /** Every attribute type, most with a literal default, three identities (case-insensitive, nils not distinct) and a check. */
    static final Resource KITCHEN = Resource.define("Kitchen", r -> r
            .table("kitchens")
            .attributes(a -> a.uuidPrimaryKey("id")
                    .uuid("ref").defaultTo("9b2f1c3e-6d7a-4b8c-9e0f-1a2b3c4d5e6f")
                    .string("name").required().defaultTo("it's new")
                    .string("code", 40)
                    .ciString("email")
                    .text("bio").defaultTo("")
                    .integer("qty").required().defaultTo(-5L)
                    .decimal("price", 12, 2).defaultTo(new BigDecimal("4.5"))
                    .bool("active").required().defaultTo(true)
                    .bool("archived").defaultTo(false)
                    .date("born").defaultTo(LocalDate.of(2020, 2, 29))
                    .time("opens").defaultTo(LocalTime.of(9, 30, 0, 123_456_000))
                    .timestamp("seen_at").defaultTo(Instant.parse("2026-01-02T03:04:05.000006Z"))
                    .json("meta").defaultTo(Map.of("b", 1, "a", "x"))
                    .enumOf("status", "draft", "live").required().defaultTo("draft")
                    .binary("blob").defaultTo(new byte[] {0, 1, (byte) 0xfe}))
            .identity("unique_email", "email")
            .identity("unique_code_name", "code", "name")
            .identityNilsNotDistinct("unique_ref", "ref")
            .check("qty_not_huge", "qty < 1000000"));

    /** An integer identity primary key. */
    static final Resource AUTHOR = Resource.define("Author", r -> r
            .table("authors")
            .attributes(a -> a.integerPrimaryKey("id").string("name").required()));

    /** Belongs-to with every action, as uuid and integer foreign keys. */
    static final Resource BOOK = Resource.define("Book", r -> r
            .table("books")
            .attributes(a -> a.uuidPrimaryKey("id").string("title"))
            .belongsTo("author", "Author", b -> b.attributeType(AttributeType.integer()).required()
                    .onDelete(CASCADE).onUpdate(RESTRICT))
            .belongsTo("editor", "Author", b -> b.attributeType(AttributeType.integer())
                    .onDelete(SET_NULL).onUpdate(CASCADE))
            .belongsTo("kitchen", "Kitchen", b -> b.onDelete(RESTRICT).onUpdate(NO_ACTION))
            .belongsTo("reviewer", "Author", b -> b.attributeType(AttributeType.integer())
                    .onDelete(NO_ACTION).onUpdate(SET_NULL)));

    /** A composite primary key, one part of it an integer (so not a SQLite rowid alias). */
    static final Resource MEMBERSHIP = Resource.define("Membership", r -> r
            .table("memberships")
            .attributes(a -> a.integer("group_id").primaryKey().string("user_name").primaryKey()
                    .date("joined").bool("admin").required().defaultTo(false))
            .belongsTo("book", "Book"));

    static final Domain DOMAIN = Domain.define("introspection", d -> d.resources(KITCHEN, AUTHOR, BOOK, MEMBERSHIP));

    private IntrospectionFixture() {
    }
}
