package dev.ashlar.action;

import dev.ashlar.values.AttributeType;
import java.util.Objects;

/**
 * An action input that is not an attribute (a password, a count, a flag).
 *
 * @param sensitive redacted wherever inputs are printed
 */
public record Argument(String name, AttributeType type, boolean required, boolean sensitive, Object defaultValue) {
    public Argument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
