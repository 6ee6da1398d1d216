package dev.ashlar.generator;

import dev.ashlar.AshlarView;
import dev.ashlar.error.AshlarException;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.DefaultValue;
import dev.ashlar.resource.Resource;
import dev.ashlar.resource.TimestampRole;
import dev.ashlar.row.Row;
import dev.ashlar.values.InvalidValueException;
import dev.ashlar.internal.values.ValueCaster;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Writes rows straight through the data layer, without an action (no changes, validations or hooks): fixtures no
 * action can make. Every attribute the database does not generate gets a value (defaults and overrides first, then
 * the attribute's declared default, then one made from its type); values are cast to the attribute's type before
 * they are written. Build it with {@link Generation#seedRows}. Not thread-safe.
 */
public final class SeedGenerator {
    private final AshlarView ashlar;
    private final Resource resource;
    private final RowMaker maker;
    private final List<Attribute> attributes;
    private final Set<String> sensitive;
    private final UnaryOperator<Row> afterAction;
    private final int batchSize;
    private final ProgressReporter progress;
    private final String label;
    private final long seed;

    private SeedGenerator(Builder b, RowMaker maker, List<Attribute> attributes) {
        this.ashlar = b.ashlar;
        this.resource = b.resource;
        this.maker = maker;
        this.attributes = List.copyOf(attributes);
        Set<String> hidden = new HashSet<>();
        b.resource.attributes().stream().filter(Attribute::sensitive).forEach(a -> hidden.add(a.name()));
        this.sensitive = Set.copyOf(hidden);
        this.afterAction = b.afterAction;
        this.batchSize = b.batchSize;
        this.progress = b.progress;
        this.label = resource.name() + " (seed)";
        this.seed = b.generation.seed();
    }

    /** The seed of the {@link Generation} this generator belongs to. */
    public long seed() {
        return seed;
    }

    /** Writes one row. */
    public Row generate() {
        return generateMany(1).get(0);
    }

    /** Writes {@code count} rows, batch by batch, and returns them in order. */
    public List<Row> generateMany(int count) {
        return stream(count).toList();
    }

    /** Writes {@code count} rows and hands each to {@code sink}; holds one batch at a time (for millions of rows). */
    public void generateMany(long count, Consumer<Row> sink) {
        try (Stream<Row> rows = stream(count)) {
            rows.forEach(sink);
        }
    }

    /** The rows of a run of {@code count}, written one batch (one transaction) at a time as the stream is read. */
    public Stream<Row> stream(long count) {
        return BatchRun.stream(label, count, batchSize, progress, this::writeBatch);
    }

    private List<Row> writeBatch(int size, long firstInRun) {
        List<Map<String, Object>> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(cast(maker.next().values(), firstInRun + i));
        }
        try {
            List<Map<String, Object>> stored = ashlar.transaction(resource.repo(),
                    () -> ashlar.dataLayer(resource.repo()).rows().insert(resource, values));
            List<Row> rows = new ArrayList<>(size);
            stored.forEach(s -> rows.add(afterAction.apply(new Row(resource.name(), s, sensitive))));
            return rows;
        } catch (AshlarException e) {
            throw new GeneratorException(label + ": the batch of inputs [" + firstInRun + ".."
                    + (firstInRun + size - 1) + "] failed and nothing of it was written: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> cast(Map<String, Object> made, long index) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            try {
                values.put(a.name(), ValueCaster.cast(a.type(), made.get(a.name())));
            } catch (InvalidValueException e) {
                throw new GeneratorException(label + ": input [" + index + "] field " + a.name() + " does not fit "
                        + a.type() + (a.sensitive() ? "" : ": " + e.getMessage()));
            }
        }
        return values;
    }

    @Override
    public String toString() {
        return "SeedGenerator[" + label + ", seed=" + seed + "]";
    }

    /** Builds a {@link SeedGenerator}; defaults, overrides and uses come from {@link GeneratorBuilder}. */
    public static final class Builder extends GeneratorBuilder<Builder> {
        Builder(Generation generation, AshlarView ashlar, Resource resource) {
            super(generation, ashlar, resource);
        }

        public SeedGenerator build() {
            List<Attribute> written = resource.attributes().stream().filter(a -> !a.generated()).toList();
            List<FieldSpec> fields = new ArrayList<>();
            for (Attribute a : written) {
                fields.add(new FieldSpec(a.name(), a.type(), a.required() || a.defaultValue() != null
                        || a.timestampRole() != TimestampRole.NONE, a.sensitive(), declaredDefault(a)));
            }
            // no action runs, so no validation is read: values fit the attributes' types
            RowMaker maker = rowMaker(resource.name() + ".seed", fields, List.of(),
                    "resource " + resource.name() + " has the attributes");
            return new SeedGenerator(this, maker, written);
        }

        /** The attribute's own default or timestamp, as a generator; null to make a value from its type. */
        private static ValueGenerator<?> declaredDefault(Attribute a) {
            if (a.timestampRole() != TimestampRole.NONE) {
                return d -> now(a);
            }
            return switch (a.defaultValue()) {
                case null -> null;
                case DefaultValue.Literal literal -> Gen.constant(literal.value());
                case DefaultValue.Now n -> d -> now(a);
                case DefaultValue.RandomUuid u -> DeclaredValues.forField(a.name(), a.name(), a.type(), List.of());
                case DefaultValue.TimeOrderedUuid u -> DeclaredValues.forField(a.name(), a.name(), a.type(), List.of());
            };
        }

        private static Object now(Attribute a) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return switch (a.type().kind()) {
                case DATE -> LocalDate.ofInstant(now, ZoneOffset.UTC);
                case TIME -> LocalTime.ofInstant(now, ZoneOffset.UTC);
                default -> now;
            };
        }
    }
}
