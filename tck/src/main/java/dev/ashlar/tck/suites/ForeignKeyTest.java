package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.ForeignKeyViolationException;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Belongs-to relationships are enforced foreign keys with the declared on-delete action, on every dialect. */
@Tck
class ForeignKeyTest {

    static final Resource PUBLISHER = Resource.define("Publisher", r -> r
            .table("publishers")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
            .actions(x -> x.defaults(CREATE, READ, DESTROY).defaultAccept("name")));

    static final Resource BOOK = Resource.define("Book", r -> r
            .table("books")
            .attributes(a -> a.uuidPrimaryKey("id").string("title").required())
            .belongsTo("publisher", "Publisher", b -> b.required().onDelete(ForeignKeyAction.RESTRICT))
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("title", "publisher_id")));

    static final Resource REVIEW = Resource.define("Review", r -> r
            .table("reviews")
            .attributes(a -> a.uuidPrimaryKey("id").string("text").required())
            .belongsTo("book", "Book", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("text", "book_id")));

    static final Resource BOOKMARK = Resource.define("Bookmark", r -> r
            .table("bookmarks")
            .attributes(a -> a.uuidPrimaryKey("id").integer("page").required())
            .belongsTo("book", "Book", b -> b.onDelete(ForeignKeyAction.SET_NULL))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("page", "book_id")));

    static final Resource LOAN = Resource.define("Loan", r -> r
            .table("loans")
            .attributes(a -> a.uuidPrimaryKey("id").string("borrower").required())
            .belongsTo("book", "Book")
            .actions(x -> x.defaults(CREATE, READ, DESTROY).defaultAccept("borrower", "book_id")));

    static final Domain LIBRARY = Domain.define("library", d -> d.resources(PUBLISHER, BOOK, REVIEW, BOOKMARK, LOAN));

    private static Row book(Ashlar ashlar, Row publisher, String title) {
        return ashlar.create(BOOK, Map.of("title", title, "publisher_id", publisher.getUuid("id")));
    }

    @Test
    void belongsToAnExistingRowIsAccepted(TckContext tck) {
        Ashlar ashlar = tck.open(LIBRARY);
        Row publisher = ashlar.create(PUBLISHER, Map.of("name", "Penguin"));

        Row book = book(ashlar, publisher, "Dune");

        assertThat(book.getUuid("publisher_id")).isEqualTo(publisher.getUuid("id"));
        assertThat(ashlar.get(BOOK, book.getUuid("id"))).isEqualTo(book);
    }

    @Test
    void belongsToAMissingRowIsAForeignKeyViolation(TckContext tck) {
        Ashlar ashlar = tck.open(LIBRARY);
        ashlar.create(PUBLISHER, Map.of("name", "Penguin"));

        ForeignKeyViolationException e = catchThrowableOfType(ForeignKeyViolationException.class,
                () -> ashlar.create(BOOK, Map.of("title", "Ghost", "publisher_id", UUID.randomUUID())));

        assertThat(e).isNotNull();
        assertThat(e.resource()).isEqualTo("Book");
        assertThat(Rows.count(ashlar, BOOK)).isZero();
    }

    @Test
    void updatingAForeignKeyToAMissingRowIsAForeignKeyViolation(TckContext tck) {
        Ashlar ashlar = tck.open(LIBRARY);
        Row publisher = ashlar.create(PUBLISHER, Map.of("name", "Penguin"));
        Row book = book(ashlar, publisher, "Dune");

        ForeignKeyViolationException e = catchThrowableOfType(ForeignKeyViolationException.class,
                () -> ashlar.update(BOOK, book, Map.of("publisher_id", UUID.randomUUID())));

        assertThat(e).isNotNull();
        assertThat(ashlar.get(BOOK, book.getUuid("id"))).isEqualTo(book);
    }

    @Test
    void destroyingAParentWithRestrictChildrenIsAForeignKeyViolation(TckContext tck) {
        Ashlar ashlar = tck.open(LIBRARY);
        Row publisher = ashlar.create(PUBLISHER, Map.of("name", "Penguin"));
        Row book = book(ashlar, publisher, "Dune");

        ForeignKeyViolationException e = catchThrowableOfType(ForeignKeyViolationException.class,
                () -> ashlar.destroy(PUBLISHER, publisher));

        assertThat(e).isNotNull();
        assertThat(ashlar.get(PUBLISHER, publisher.getUuid("id"))).isEqualTo(publisher);
        assertThat(ashlar.get(BOOK, book.getUuid("id"))).isEqualTo(book);
    }

    @Test
    void destroyingAParentWithNoActionChildrenIsAForeignKeyViolation(TckContext tck) {
        Ashlar ashlar = tck.open(LIBRARY);
        Row publisher = ashlar.create(PUBLISHER, Map.of("name", "Penguin"));
        Row book = book(ashlar, publisher, "Dune");
        ashlar.create(LOAN, Map.of("borrower", "Ann", "book_id", book.getUuid("id")));

        ForeignKeyViolationException e = catchThrowableOfType(ForeignKeyViolationException.class,
                () -> ashlar.destroy(BOOK, book));

        assertThat(e).isNotNull();
        assertThat(ashlar.get(BOOK, book.getUuid("id"))).isEqualTo(book);
        assertThat(Rows.count(ashlar, LOAN)).isEqualTo(1);
    }

    @Test
    void destroyingAParentCascadesToCascadeChildren(TckContext tck) {
        Ashlar ashlar = tck.open(LIBRARY);
        Row publisher = ashlar.create(PUBLISHER, Map.of("name", "Penguin"));
        Row dune = book(ashlar, publisher, "Dune");
        Row emma = book(ashlar, publisher, "Emma");
        ashlar.create(REVIEW, Map.of("text", "great", "book_id", dune.getUuid("id")));
        ashlar.create(REVIEW, Map.of("text", "long", "book_id", dune.getUuid("id")));
        Row kept = ashlar.create(REVIEW, Map.of("text", "classic", "book_id", emma.getUuid("id")));

        ashlar.destroy(BOOK, dune);

        assertThat(Rows.all(ashlar, REVIEW)).containsExactly(kept);
    }

    @Test
    void destroyingAParentNullsSetNullChildren(TckContext tck) {
        Ashlar ashlar = tck.open(LIBRARY);
        Row publisher = ashlar.create(PUBLISHER, Map.of("name", "Penguin"));
        Row dune = book(ashlar, publisher, "Dune");
        Row emma = book(ashlar, publisher, "Emma");
        Row mark = ashlar.create(BOOKMARK, Map.of("page", 12, "book_id", dune.getUuid("id")));
        Row other = ashlar.create(BOOKMARK, Map.of("page", 40, "book_id", emma.getUuid("id")));

        ashlar.destroy(BOOK, dune);

        assertThat(ashlar.get(BOOKMARK, mark.getUuid("id")).getUuid("book_id")).isNull();
        assertThat(ashlar.get(BOOKMARK, mark.getUuid("id")).getLong("page")).isEqualTo(12L);
        assertThat(ashlar.get(BOOKMARK, other.getUuid("id"))).isEqualTo(other);
        assertThat(ashlar.read(Query.of(BOOKMARK).where(Filter.where("book_id").isNil()))).hasSize(1);
    }

    @Test
    void aParentCanBeDestroyedOnceItsRestrictChildrenAreGone(TckContext tck) {
        Ashlar ashlar = tck.open(LIBRARY);
        Row publisher = ashlar.create(PUBLISHER, Map.of("name", "Penguin"));
        Row book = book(ashlar, publisher, "Dune");
        ashlar.create(REVIEW, Map.of("text", "great", "book_id", book.getUuid("id")));

        ashlar.destroy(BOOK, book);
        Row destroyed = ashlar.destroy(PUBLISHER, publisher);

        assertThat(destroyed).isEqualTo(publisher);
        assertThat(Rows.count(ashlar, PUBLISHER)).isZero();
        assertThat(Rows.count(ashlar, REVIEW)).isZero();
    }

    @Test
    void aNilForeignKeyNeedsNoParent(TckContext tck) {
        Ashlar ashlar = tck.open(LIBRARY);

        Row mark = ashlar.create(BOOKMARK, Map.of("page", 1));

        assertThat(mark.getUuid("book_id")).isNull();
        assertThat(Rows.count(ashlar, BOOKMARK)).isEqualTo(1);
    }
}
