package dev.ashlar.resource;

import org.jspecify.annotations.Nullable;
import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.ActionType;
import dev.ashlar.action.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The declaration of one resource: where it is stored and what it holds and does. Immutable; build it with
 * {@link #define(String, Consumer)}.
 *
 * @param table       the table, or {@code null} for a resource with only generic actions
 * @param repo        the named database (repo) holding the table
 * @param dataLayer   an explicit data layer id ({@code postgres}, {@code sqlite}, ...) or {@code null} to choose
 *                    by the repo's URL
 * @param managed     {@code false}: migrations never create, alter or drop this table
 * @param renamedFrom migration hint: the table's previous name, or {@code null}
 */
public record Resource(String name, @Nullable String table, String repo, @Nullable String dataLayer, boolean managed,
                       List<Attribute> attributes, List<Identity> identities, List<IndexDefinition> indexes,
                       List<Relationship> relationships, List<CheckConstraint> checks, List<ActionDefinition> actions,
                       List<Validation> validations, @Nullable String renamedFrom) {

    /** The repo used when a resource names none. */
    public static final String DEFAULT_REPO = "main";

    public Resource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(repo, "repo");
        attributes = List.copyOf(attributes);
        identities = List.copyOf(identities);
        indexes = List.copyOf(indexes);
        relationships = List.copyOf(relationships);
        checks = List.copyOf(checks);
        actions = List.copyOf(actions);
        validations = List.copyOf(validations);
    }

    /**
     * Declares a resource.
     * <pre>{@code
     * Resource PRODUCT = Resource.define("Product", r -> r
     *     .table("products")
     *     .attributes(a -> a.uuidPrimaryKey("id").string("name").required().decimal("price", 12, 2))
     *     .identity("unique_name", "name")
     *     .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("name", "price")));
     * }</pre>
     */
    public static Resource define(String name, Consumer<ResourceBuilder> spec) {
        ResourceBuilder builder = new ResourceBuilder(name);
        spec.accept(builder);
        return builder.build();
    }

    public Optional<Attribute> attribute(String attributeName) {
        for (Attribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public List<Attribute> primaryKey() {
        return attributes.stream().filter(Attribute::primaryKey).toList();
    }

    public Optional<Identity> identity(String identityName) {
        return identities.stream().filter(i -> i.name().equals(identityName)).findFirst();
    }

    public Optional<Relationship> relationship(String relationshipName) {
        return relationships.stream().filter(r -> r.name().equals(relationshipName)).findFirst();
    }

    public Optional<ActionDefinition> action(String actionName) {
        return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
    }

    /** The first action of the given type (the default one when declared with {@code defaults}). */
    public Optional<ActionDefinition> primaryAction(ActionType type) {
        return action(type.defaultName()).filter(a -> a.type() == type)
                .or(() -> actions.stream().filter(a -> a.type() == type).findFirst());
    }

    /** True when the resource is stored in a table (false for generic-action-only resources). */
    public boolean hasTable() {
        return table != null;
    }

    /** A copy stored in another repo: moving a resource is this one change. */
    public Resource inRepo(String otherRepo) {
        return new Resource(name, table, otherRepo, dataLayer, managed, attributes, identities, indexes, relationships,
                checks, actions, validations, renamedFrom);
    }

    @Override
    public String toString() {
        return "Resource[" + name + (table != null ? " -> " + repo + "." + table : "") + "]";
    }
}
