package dev.ashlar.generator;

/**
 * Makes one value for a field, from the field's own {@link Draw} (its random stream, its Datafaker instance, the
 * row index, the rows in use). Write one as a lambda ({@code d -> d.faker().internet().emailAddress()}) or take one
 * from {@link Gen}.
 */
@FunctionalInterface
public interface ValueGenerator<T> {
    T next(Draw draw);
}
