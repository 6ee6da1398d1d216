package dev.ashlar.action;

import dev.ashlar.query.Filter;
import java.util.Arrays;
import java.util.List;

/**
 * Built-in validations. Each reads an attribute or argument by name and, except {@link #present}, skips nil values
 * (combine with {@code present} to require them). Each returns a {@link ValidationRule}, a value that describes the
 * rule's kind and parameters to tools such as generators.
 */
public final class Validations {
    private Validations() {
    }

    /** The fields are set and, for text, not blank. */
    public static Validation present(String... fields) {
        return new ValidationRule.Present(List.of(fields));
    }

    /** Text length between {@code min} and {@code max} characters (code points), inclusive. */
    public static Validation length(String field, int min, int max) {
        return new ValidationRule.Length(field, min, max);
    }

    /** Text matching a regular expression (the whole value). */
    public static Validation match(String field, String regex, String message) {
        return new ValidationRule.Match(field, regex, message);
    }

    /** A number between {@code min} and {@code max} inclusive; either bound may be null. */
    public static Validation range(String field, Number min, Number max) {
        return new ValidationRule.Range(field, min, max);
    }

    /** One of the given values. */
    public static Validation oneOf(String field, Object... allowed) {
        return new ValidationRule.OneOf(field, Arrays.asList(allowed));
    }

    /** Compares a field with a constant, e.g. {@code compare("quantity", GT, 0)}. */
    public static Validation compare(String field, Filter.Op op, Object value) {
        return new ValidationRule.Compare(field, op, value);
    }

    /** Compares two fields, e.g. {@code compareFields("ends_at", GT, "starts_at")}; skipped if either is nil. */
    public static Validation compareFields(String field, Filter.Op op, String other) {
        return new ValidationRule.CompareFields(field, op, other);
    }

    /** {@code confirmation} equals {@code field} (password / password_confirmation). */
    public static Validation confirm(String field, String confirmation) {
        return new ValidationRule.Confirm(field, confirmation);
    }
}
