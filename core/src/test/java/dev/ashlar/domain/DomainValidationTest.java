package dev.ashlar.domain;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.error.DeclarationException;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import org.junit.jupiter.api.Test;

class DomainValidationTest {
    static final Resource USER = Resource.define("User", r -> r.table("users")
            .attributes(a -> a.uuidPrimaryKey("id").ciString("email").required())
            .identity("unique_email", "email")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("email")));

    private static DeclarationException failure(Resource... resources) {
        try {
            Domain.define("d", d -> d.resources(resources));
        } catch (DeclarationException e) {
            return e;
        }
        throw new AssertionError("the domain was accepted");
    }

    @Test
    void aValidDomainBuildsAndKnowsItsRepos() {
        Resource log = Resource.define("Log", r -> r.table("logs").repo("audit").attributes(a -> a.uuidPrimaryKey("id")));
        Domain d = Domain.define("d", x -> x.resources(USER, log).codeInterface("register", USER, "create"));
        assertThat(d.repos()).containsExactly("main", "audit");
        assertThat(d.codeInterfaces()).containsKey("register");
    }

    @Test
    void anIdentityOnAnUnknownAttributeNamesResourceAndField() {
        Resource bad = Resource.define("Tag", r -> r.table("tags").attributes(a -> a.uuidPrimaryKey("id"))
                .identity("unique_label", "label"));
        assertThat(failure(bad).problems()).singleElement().asString()
                .contains("Tag.identity unique_label").contains("unknown attribute label");
    }

    @Test
    void aRelationshipOutsideTheDomainIsRejected() {
        Resource post = Resource.define("Post", r -> r.table("posts").attributes(a -> a.uuidPrimaryKey("id"))
                .belongsTo("author", "User"));
        assertThat(failure(post).problems()).anyMatch(p -> p.contains("Post.author") && p.contains("not in domain"));
    }

    @Test
    void aForeignKeyAcrossReposIsRejected() {
        Resource post = Resource.define("Post", r -> r.table("posts").repo("blog").attributes(a -> a.uuidPrimaryKey("id"))
                .belongsTo("author", "User"));
        assertThat(failure(USER, post).problems()).anyMatch(p -> p.contains("foreign key across repos"));
    }

    @Test
    void aForeignKeyTypeMustMatchTheDestinationKey() {
        Resource counter = Resource.define("Counter", r -> r.table("counters").attributes(a -> a.integerPrimaryKey("id")));
        Resource tick = Resource.define("Tick", r -> r.table("ticks").attributes(a -> a.uuidPrimaryKey("id"))
                .belongsTo("counter", "Counter"));
        assertThat(failure(counter, tick).problems()).anyMatch(p -> p.contains("Tick.counter")
                && p.contains("attributeType(AttributeType.integer())"));
        Resource fixed = Resource.define("Tick", r -> r.table("ticks").attributes(a -> a.uuidPrimaryKey("id"))
                .belongsTo("counter", "Counter", b -> b.attributeType(AttributeType.integer())));
        Domain.define("d", d -> d.resources(counter, fixed));
    }

    @Test
    void setNullOnARequiredForeignKeyIsRejected() {
        Resource post = Resource.define("Post", r -> r.table("posts").attributes(a -> a.uuidPrimaryKey("id"))
                .belongsTo("author", "User", b -> b.required().onDelete(ForeignKeyAction.SET_NULL)));
        assertThat(failure(USER, post).problems()).anyMatch(p -> p.contains("set null"));
    }

    @Test
    void actionsMayOnlyAcceptKnownWritableAttributes() {
        Resource bad = Resource.define("Thing", r -> r.table("things")
                .attributes(a -> a.uuidPrimaryKey("id").string("name"))
                .actions(x -> x.create("make", c -> c.accept("name", "id", "colour"))));
        assertThat(failure(bad).problems()).anyMatch(p -> p.contains("Thing.make: accepts id, which is not writable"))
                .anyMatch(p -> p.contains("Thing.make: accepts unknown attribute colour"));
    }

    @Test
    void duplicateResourcesAndAttributesAreReportedTogether() {
        Resource twice = Resource.define("User", r -> r.table("people").attributes(a -> a.uuidPrimaryKey("id")
                .string("name").string("name")));
        assertThat(failure(USER, twice).problems()).hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(p -> p.contains("resource User is declared twice"))
                .anyMatch(p -> p.contains("User.name: attribute declared twice"));
    }

    @Test
    void twoResourcesMaySharATableOnlyWithAgreeingColumns() {
        Resource a = Resource.define("A", r -> r.table("shared").attributes(x -> x.uuidPrimaryKey("id").string("name")));
        Resource b = Resource.define("B", r -> r.table("shared").attributes(x -> x.uuidPrimaryKey("id").integer("name")));
        assertThat(failure(a, b).problems()).anyMatch(p -> p.contains("B.name") && p.contains("shared with A"));
    }

    @Test
    void aCodeInterfaceMustNameAnExistingAction() {
        assertThatThrownBy(() -> Domain.define("d", d -> d.resources(USER).codeInterface("destroy_user", USER, "destroy")))
                .isInstanceOf(DeclarationException.class).hasMessageContaining("User has no action destroy");
    }

    @Test
    void anInvalidLiteralDefaultIsRejected() {
        Resource bad = Resource.define("Price", r -> r.table("prices")
                .attributes(a -> a.uuidPrimaryKey("id").decimal("amount", 5, 2).defaultTo("1.234")));
        assertThat(failure(bad).problems()).anyMatch(p -> p.contains("Price.amount: default 1.234"));
    }

    @Test
    void aGenericActionNeedsABodyButNoTable() {
        Resource tools = Resource.define("Tools", r -> r.actions(x -> x.generic("ping", g -> g.run(in -> "pong"))));
        Domain.define("d", d -> d.resources(tools));
        Resource broken = Resource.define("Tools", r -> r.actions(x -> x.generic("ping", g -> { })));
        assertThat(failure(broken).problems()).anyMatch(p -> p.contains("needs .run("));
    }
}
