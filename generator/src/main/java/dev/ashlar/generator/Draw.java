package dev.ashlar.generator;

import dev.ashlar.row.Row;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * What a {@link ValueGenerator} draws from, for one field: a random stream and a Datafaker instance seeded for that
 * field alone, the index of the row being made, the rows it uses, the generator's context map and the values of the
 * fields made before it in the same row. Not thread-safe: one per field of one generator.
 */
public final class Draw {
    private final Generation generation;
    private final Random random;
    private Faker faker;
    private RowDraft draft;

    Draw(Generation generation, long seed) {
        this.generation = generation;
        this.random = new Random(seed);
    }

    /** This field's random stream. */
    public Random random() {
        return random;
    }

    /** Datafaker on this field's random stream (English locale), so its values follow the seed too. */
    public Faker faker() {
        if (faker == null) {
            faker = new Faker(Locale.ENGLISH, random);
        }
        return faker;
    }

    /** The index of the row being made: 0 for the generator's first row, counting across calls. */
    public long index() {
        return draft.index();
    }

    /** The row bound to {@code name} by {@code uses(name, ...)} for this row. */
    public Row used(String name) {
        Row row = draft.used().get(name);
        if (row == null) {
            throw new GeneratorException("no rows are used under the name " + name + "; declare uses(\"" + name
                    + "\", ...) on the generator (it uses " + draft.used().keySet() + ")");
        }
        return row;
    }

    /** The generator's context map. */
    public Map<String, Object> context() {
        return draft.context();
    }

    /** The value of a field made earlier in this row (fields are made in declaration order), or null. */
    public Object value(String field) {
        return draft.values().get(field);
    }

    Generation generation() {
        return generation;
    }

    void on(RowDraft current) {
        this.draft = current;
    }
}
