package dev.ashlar.resource;

import dev.ashlar.action.ActionsBuilder;
import dev.ashlar.action.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Fluent builder behind {@link Resource#define}. */
public final class ResourceBuilder {
    private final String name;
    private String table;
    private String repo = Resource.DEFAULT_REPO;
    private String dataLayer;
    private boolean managed = true;
    private String renamedFrom;
    private final AttributesBuilder attributes = new AttributesBuilder();
    private final List<Identity> identities = new ArrayList<>();
    private final List<IndexDefinition> indexes = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<Validation> validations = new ArrayList<>();
    private final ActionsBuilder actions = new ActionsBuilder();

    ResourceBuilder(String name) {
        this.name = name;
    }

    public ResourceBuilder table(String tableName) {
        this.table = tableName;
        return this;
    }

    public ResourceBuilder repo(String repoName) {
        this.repo = repoName;
        return this;
    }

    /** Names the data layer explicitly instead of choosing it by the repo's URL. */
    public ResourceBuilder dataLayer(String providerId) {
        this.dataLayer = providerId;
        return this;
    }

    /** Migrations leave this table alone: never created, altered or offered for drop. */
    public ResourceBuilder notManaged() {
        this.managed = false;
        return this;
    }

    /** Migration hint: the table was called {@code oldTable} before. */
    public ResourceBuilder renamedFrom(String oldTable) {
        this.renamedFrom = oldTable;
        return this;
    }

    public ResourceBuilder attributes(Consumer<AttributesBuilder> spec) {
        spec.accept(attributes);
        return this;
    }

    public ResourceBuilder identity(String identityName, String... keys) {
        identities.add(new Identity(identityName, Arrays.asList(keys), true));
        return this;
    }

    /** An identity under which rows with nil keys collide like any other value. */
    public ResourceBuilder identityNilsNotDistinct(String identityName, String... keys) {
        identities.add(new Identity(identityName, Arrays.asList(keys), false));
        return this;
    }

    /** A non-unique index on the attributes, in order. */
    public ResourceBuilder index(String indexName, String... columns) {
        indexes.add(new IndexDefinition(indexName, Arrays.asList(columns), false, null));
        return this;
    }

    /**
     * An index with every option: {@code unique}, and a partial predicate {@code where} in SQL (or null), e.g.
     * {@code index("open_orders_index", false, "status = 'open'", "customer_id")}.
     */
    public ResourceBuilder index(String indexName, boolean unique, String where, String... columns) {
        indexes.add(new IndexDefinition(indexName, Arrays.asList(columns), unique, where));
        return this;
    }

    public ResourceBuilder belongsTo(String relationshipName, String destination) {
        return belongsTo(relationshipName, destination, b -> { });
    }

    /** A belongs-to relationship; also declares its foreign-key attribute. */
    public ResourceBuilder belongsTo(String relationshipName, String destination, Consumer<BelongsToBuilder> spec) {
        BelongsToBuilder builder = new BelongsToBuilder(relationshipName);
        spec.accept(builder);
        relationships.add(builder.relationship(relationshipName, destination));
        attributes.add(builder.attribute());
        return this;
    }

    public ResourceBuilder hasMany(String relationshipName, String destination, String destinationAttribute) {
        relationships.add(new Relationship.HasMany(relationshipName, destination, destinationAttribute));
        return this;
    }

    public ResourceBuilder hasOne(String relationshipName, String destination, String destinationAttribute) {
        relationships.add(new Relationship.HasOne(relationshipName, destination, destinationAttribute));
        return this;
    }

    public ResourceBuilder manyToMany(String relationshipName, String destination, String through,
                                      String sourceAttribute, String destinationAttribute) {
        relationships.add(new Relationship.ManyToMany(relationshipName, destination, through, sourceAttribute,
                destinationAttribute));
        return this;
    }

    public ResourceBuilder check(String constraintName, String sql) {
        checks.add(new CheckConstraint(constraintName, sql));
        return this;
    }

    /** A validation run by every create and update action of the resource. */
    public ResourceBuilder validate(Validation validation) {
        validations.add(validation);
        return this;
    }

    /** Includes a fragment's attributes, identities, relationships and checks. */
    public ResourceBuilder include(Fragment fragment) {
        fragment.attributes().forEach(attributes::add);
        identities.addAll(fragment.identities());
        relationships.addAll(fragment.relationships());
        checks.addAll(fragment.checks());
        return this;
    }

    public ResourceBuilder actions(Consumer<ActionsBuilder> spec) {
        spec.accept(actions);
        return this;
    }

    Resource build() {
        return new Resource(name, table, repo, dataLayer, managed, attributes.build(), identities, indexes, relationships,
                checks, actions.build(), validations, renamedFrom);
    }
}
