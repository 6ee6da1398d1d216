package dev.ashlar.resource;

import java.util.List;
import java.util.Objects;

/**
 * A unique key of a resource, enforced by a unique index.
 *
 * @param name         identity name, unique within the resource
 * @param keys         the attributes that together are unique
 * @param nilsDistinct {@code true} (the SQL default): rows whose keys hold nil never collide; {@code false} treats
 *                     nils as equal (needs {@link dev.ashlar.spi.Capability#NULLS_NOT_DISTINCT})
 */
public record Identity(String name, List<String> keys, boolean nilsDistinct) {
    public Identity {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("identity " + name + " needs at least one key");
        }
    }
}
