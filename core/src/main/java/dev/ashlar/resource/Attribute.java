package dev.ashlar.resource;

import dev.ashlar.values.AttributeType;

import java.util.Objects;

/**
 * One attribute of a resource, stored in the column of the same name.
 *
 * @param name           attribute and column name (snake_case by convention)
 * @param type           logical type
 * @param required       {@code false} allows nil; primary keys are always required
 * @param defaultValue   where a missing value comes from, or {@code null}
 * @param sensitive      never printed: redacted in rows' {@code toString}, errors and logs
 * @param isPublic       shown by tools that list data (CLI output); private attributes are hidden there
 * @param writable       may be accepted by actions; non-writable attributes are set only by changes and defaults
 * @param primaryKey     part of the primary key
 * @param generated      the database generates the value (integer identity primary keys)
 * @param timestampRole  stamped by Ashlar on create or update
 * @param renamedFrom    a rename hint for migrations: the attribute's previous name, or {@code null}
 * @param backfill       a migration hint: the value existing rows get when this attribute becomes required (or is
 *                       added as required) without a default, or {@code null}
 */
public record Attribute(String name, AttributeType type, boolean required, DefaultValue defaultValue,
                        boolean sensitive, boolean isPublic, boolean writable, boolean primaryKey,
                        boolean generated, TimestampRole timestampRole, String renamedFrom, Object backfill) {

    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestampRole, "timestampRole");
    }

    /** A plain optional attribute. */
    public static Attribute of(String name, AttributeType type) {
        return new Attribute(name, type, false, null, false, true, true, false, false, TimestampRole.NONE, null, null);
    }

    /** Nil allowed: neither required nor part of the primary key. */
    public boolean allowsNil() {
        return !required && !primaryKey;
    }

    public Attribute withRequired(boolean value) {
        return new Attribute(name, type, value, defaultValue, sensitive, isPublic, writable, primaryKey, generated, timestampRole, renamedFrom, backfill);
    }

    public Attribute withDefault(DefaultValue value) {
        return new Attribute(name, type, required, value, sensitive, isPublic, writable, primaryKey, generated, timestampRole, renamedFrom, backfill);
    }

    public Attribute withSensitive(boolean value) {
        return new Attribute(name, type, required, defaultValue, value, isPublic && !value, writable, primaryKey, generated, timestampRole, renamedFrom, backfill);
    }

    public Attribute withPublic(boolean value) {
        return new Attribute(name, type, required, defaultValue, sensitive, value, writable, primaryKey, generated, timestampRole, renamedFrom, backfill);
    }

    public Attribute withWritable(boolean value) {
        return new Attribute(name, type, required, defaultValue, sensitive, isPublic, value, primaryKey, generated, timestampRole, renamedFrom, backfill);
    }

    public Attribute withPrimaryKey(boolean value) {
        return new Attribute(name, type, required || value, defaultValue, sensitive, isPublic, writable, value, generated, timestampRole, renamedFrom, backfill);
    }

    public Attribute withGenerated(boolean value) {
        return new Attribute(name, type, required, defaultValue, sensitive, isPublic, writable && !value, primaryKey, value, timestampRole, renamedFrom, backfill);
    }

    public Attribute withTimestampRole(TimestampRole value) {
        return new Attribute(name, type, required, defaultValue, sensitive, isPublic, writable, primaryKey, generated, value, renamedFrom, backfill);
    }

    public Attribute withBackfill(Object value) {
        return new Attribute(name, type, required, defaultValue, sensitive, isPublic, writable, primaryKey, generated, timestampRole, renamedFrom, value);
    }

    public Attribute withRenamedFrom(String value) {
        return new Attribute(name, type, required, defaultValue, sensitive, isPublic, writable, primaryKey, generated, timestampRole, value, backfill);
    }
}
