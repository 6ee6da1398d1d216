package dev.ashlar.generator;

import dev.ashlar.values.AttributeType;

/**
 * A field a generator fills: an accepted attribute or an argument (changesets), or an attribute (seeds).
 *
 * @param required  always given a value when it comes from the declaration (else sometimes nil)
 * @param sensitive its errors are reported without their messages
 * @param fallback  the generator used when neither defaults nor overrides name the field, or null to make values
 *                  from the type and the validations
 */
record FieldSpec(String name, AttributeType type, boolean required, boolean sensitive, ValueGenerator<?> fallback) {
}
