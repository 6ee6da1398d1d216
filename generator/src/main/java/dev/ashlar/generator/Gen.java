package dev.ashlar.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import net.datafaker.Faker;

/** The value generators: a small set of combinators, and Datafaker. */
public final class Gen {
    private Gen() {
    }

    /** Always {@code value}. */
    public static <T> ValueGenerator<T> constant(T value) {
        return d -> value;
    }

    /** A new value from {@code supplier} each time (not seeded: prefer {@link #faker} or a lambda on the draw). */
    public static <T> ValueGenerator<T> repeatedly(Supplier<T> supplier) {
        return d -> supplier.get();
    }

    /** One of the values, chosen by the field's random stream. */
    @SafeVarargs
    public static <T> ValueGenerator<T> oneOf(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T value : values) {   // element by element: handing the array itself on is what -Xlint:varargs flags
            list.add(value);
        }
        return oneOf(list);
    }

    public static <T> ValueGenerator<T> oneOf(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one value");
        }
        List<T> copy = new ArrayList<>(values);
        return d -> copy.get(d.random().nextInt(copy.size()));
    }

    /** The generator's value, or nil one time in four. */
    public static <T> ValueGenerator<T> optional(ValueGenerator<T> generator) {
        return optional(generator, 0.25);
    }

    /** The generator's value, or nil with probability {@code nilChance}. */
    public static <T> ValueGenerator<T> optional(ValueGenerator<T> generator, double nilChance) {
        return d -> d.random().nextDouble() < nilChance ? null : generator.next(d);
    }

    /** A list of {@code min} to {@code max} values (inclusive). */
    public static <T> ValueGenerator<List<T>> listOf(ValueGenerator<T> element, int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("listOf needs 0 <= min <= max, got " + min + ", " + max);
        }
        return d -> {
            int size = min + d.random().nextInt(max - min + 1);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.next(d));
            }
            return list;
        };
    }

    /**
     * {@code value(0)}, {@code value(1)}, ...: one counter per name, shared by every generator of the
     * {@link Generation} (so {@code sequence("email", i -> "user" + i + "@example.com")} never repeats within it).
     */
    public static <T> ValueGenerator<T> sequence(String name, LongFunction<T> value) {
        return d -> value.apply(d.generation().nextInSequence(name));
    }

    /**
     * The value {@code supplier} makes the first time, reused afterwards by every generator of the
     * {@link Generation}: a shared parent, e.g. {@code once("org", () -> orgs.generate())}.
     */
    public static <T> ValueGenerator<T> once(String name, Supplier<T> supplier) {
        return d -> d.generation().once(name, supplier);
    }

    /** A Datafaker value, seeded with the field: {@code faker(f -> f.internet().emailAddress())}. */
    public static <T> ValueGenerator<T> faker(Function<Faker, T> value) {
        return d -> value.apply(d.faker());
    }

    /** An attribute of the row used under {@code name}, e.g. {@code used("author", "id")} for an author_id. */
    public static <T> ValueGenerator<T> used(String name, String attribute) {
        return d -> d.used(name).get(attribute);
    }
}
