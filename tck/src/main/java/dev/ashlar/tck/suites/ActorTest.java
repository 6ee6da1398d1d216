package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.AshlarView;
import dev.ashlar.action.Changes;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.FieldError;
import dev.ashlar.error.ForeignKeyViolationException;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code Changes.relateActor} stores the acting user's key; without an actor the action fails with {@code actor_required}. */
@Tck
class ActorTest {

    static final Resource USER = Resource.define("User", r -> r
            .table("users")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name")));

    static final Resource ARTICLE = Resource.define("Article", r -> r
            .table("articles")
            .attributes(a -> a.uuidPrimaryKey("id").string("title").required())
            .belongsTo("author", "User", b -> b.required().notWritable())
            .actions(x -> x.defaults(READ).create("create", c -> c.accept("title")
                    .change(Changes.relateActor("author_id")))));

    static final Domain DOMAIN = Domain.define("actors", d -> d.resources(USER, ARTICLE));

    @Test
    void theActorRowBecomesTheAuthor(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row ann = ashlar.create(USER, Map.of("name", "Ann"));

        Row article = ashlar.as(ann).create(ARTICLE, Map.of("title", "Hello"));

        assertThat(article.getUuid("author_id")).isEqualTo(ann.getUuid("id"));
        assertThat(ashlar.get(ARTICLE, article.getUuid("id"))).isEqualTo(article);
        assertThat(ashlar.as(ann).actor()).isEqualTo(ann);
        assertThat(ashlar.actor()).isNull();
    }

    /** A view shares the owner's pools: it cannot be closed, and using one leaves the owner open. */
    @Test
    void anActorViewOwnsNoPoolsAndCannotCloseThem(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row ann = ashlar.create(USER, Map.of("name", "Ann"));

        AshlarView view = ashlar.as(ann);
        view.create(ARTICLE, Map.of("title", "Through a view"));
        AshlarView nested = view.as(null);

        assertThat(view).isNotInstanceOf(AutoCloseable.class);
        assertThat(nested).isNotInstanceOf(AutoCloseable.class);
        assertThat(Rows.count(ashlar, ARTICLE)).isEqualTo(1);
        assertThat(ashlar.create(USER, Map.of("name", "Still open")).getString("name")).isEqualTo("Still open");
    }

    @Test
    void theActorMayBeGivenAsItsKey(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row bob = ashlar.create(USER, Map.of("name", "Bob"));

        Row article = ashlar.as(bob.getUuid("id")).create(ARTICLE, Map.of("title", "Hi"));

        assertThat(article.getUuid("author_id")).isEqualTo(bob.getUuid("id"));
    }

    @Test
    void withoutAnActorTheActionFailsWithActorRequired(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.create(ARTICLE, Map.of("title", "Anonymous")));

        assertThat(e).isNotNull();
        assertThat(e.errorsFor("author_id")).extracting(FieldError::code).containsExactly("actor_required");
        assertThat(Rows.count(ashlar, ARTICLE)).isZero();
    }

    @Test
    void theAuthorCannotBeGivenAsInput(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row ann = ashlar.create(USER, Map.of("name", "Ann"));
        Row bob = ashlar.create(USER, Map.of("name", "Bob"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.as(ann).create(ARTICLE, Map.of("title", "Forged", "author_id", bob.getUuid("id"))));

        assertThat(e).isNotNull();
        assertThat(e.errorsFor("author_id")).extracting(FieldError::code).containsExactly("not_accepted");
        assertThat(Rows.count(ashlar, ARTICLE)).isZero();
    }

    @Test
    void anActorThatDoesNotExistIsAForeignKeyViolation(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        ForeignKeyViolationException e = catchThrowableOfType(ForeignKeyViolationException.class,
                () -> ashlar.as(UUID.randomUUID()).create(ARTICLE, Map.of("title", "Ghost")));

        assertThat(e).isNotNull();
        assertThat(Rows.count(ashlar, ARTICLE)).isZero();
    }
}
