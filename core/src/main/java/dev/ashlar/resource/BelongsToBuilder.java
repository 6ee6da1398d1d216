package dev.ashlar.resource;

import dev.ashlar.values.AttributeType;

/** Options of a belongs-to relationship. */
public final class BelongsToBuilder {
    private String attribute;
    private AttributeType attributeType = AttributeType.uuid();
    private boolean required;
    private ForeignKeyAction onDelete = ForeignKeyAction.NO_ACTION;
    private ForeignKeyAction onUpdate = ForeignKeyAction.NO_ACTION;
    private boolean writable = true;

    BelongsToBuilder(String relationshipName) {
        this.attribute = relationshipName + "_id";
    }

    /** The foreign-key attribute's name (default: relationship name + {@code _id}). */
    public BelongsToBuilder attribute(String name) {
        this.attribute = name;
        return this;
    }

    /** The foreign-key attribute's type; must equal the destination's primary key type (default uuid). */
    public BelongsToBuilder attributeType(AttributeType type) {
        this.attributeType = type;
        return this;
    }

    public BelongsToBuilder required() {
        this.required = true;
        return this;
    }

    public BelongsToBuilder onDelete(ForeignKeyAction action) {
        this.onDelete = action;
        return this;
    }

    public BelongsToBuilder onUpdate(ForeignKeyAction action) {
        this.onUpdate = action;
        return this;
    }

    /** The foreign-key attribute may not be accepted by actions (set it with a change, e.g. relate the actor). */
    public BelongsToBuilder notWritable() {
        this.writable = false;
        return this;
    }

    Relationship.BelongsTo relationship(String name, String destination) {
        return new Relationship.BelongsTo(name, destination, attribute, required, onDelete, onUpdate);
    }

    Attribute attribute() {
        return Attribute.of(attribute, attributeType).withRequired(required).withWritable(writable);
    }
}
