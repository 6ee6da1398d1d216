package dev.ashlar.resource;

import java.util.Objects;

/** A link from one resource to another. Relationships are resolved by resource name when the domain is built. */
public sealed interface Relationship {

    /** Relationship name, unique among the resource's attributes and relationships. */
    String name();

    /** The resource at the other end. */
    String destination();

    /**
     * This resource holds the foreign key: {@code attribute} references the destination's primary key.
     *
     * @param onDelete what happens to this row when the destination row is deleted
     * @param onUpdate what happens when the destination's key changes
     */
    record BelongsTo(String name, String destination, String attribute, boolean required,
                     ForeignKeyAction onDelete, ForeignKeyAction onUpdate) implements Relationship {
        public BelongsTo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(destination, "destination");
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(onDelete, "onDelete");
            Objects.requireNonNull(onUpdate, "onUpdate");
        }
    }

    /** Many destination rows hold this row's primary key in {@code destinationAttribute}. */
    record HasMany(String name, String destination, String destinationAttribute) implements Relationship {}

    /** At most one destination row holds this row's primary key in {@code destinationAttribute}. */
    record HasOne(String name, String destination, String destinationAttribute) implements Relationship {}

    /**
     * Linked through rows of a join resource {@code through}, whose {@code sourceAttribute} references this
     * resource and {@code destinationAttribute} references the destination.
     */
    record ManyToMany(String name, String destination, String through, String sourceAttribute,
                      String destinationAttribute) implements Relationship {}
}
