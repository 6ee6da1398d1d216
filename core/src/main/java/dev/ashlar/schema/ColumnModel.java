package dev.ashlar.schema;

import dev.ashlar.values.AttributeType;
import java.util.Objects;

/**
 * One column.
 *
 * @param defaultValue a literal database default (canonical Java value), or {@code null}
 * @param identity     the database generates the value (integer primary keys)
 */
public record ColumnModel(String name, AttributeType type, boolean nullable, Object defaultValue, boolean identity) {
    public ColumnModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** Record equality, except that binary defaults compare by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnModel c && name.equals(c.name) && type.equals(c.type) && nullable == c.nullable
                && identity == c.identity && (defaultValue instanceof byte[] a && c.defaultValue instanceof byte[] b
                ? java.util.Arrays.equals(a, b) : Objects.equals(defaultValue, c.defaultValue));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, nullable, identity,
                defaultValue instanceof byte[] b ? java.util.Arrays.hashCode(b) : defaultValue);
    }
}
