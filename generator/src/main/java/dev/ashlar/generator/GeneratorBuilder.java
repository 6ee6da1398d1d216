package dev.ashlar.generator;

import dev.ashlar.AshlarView;
import dev.ashlar.action.Validation;
import dev.ashlar.action.ValidationRule;
import dev.ashlar.action.ValidationRule.FieldRule;
import dev.ashlar.error.DeclarationException;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Identity;
import dev.ashlar.resource.Resource;
import dev.ashlar.values.TypeKind;
import dev.ashlar.row.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * What both kinds of generator are built from: defaults, overrides merged over them, rows used from elsewhere, a
 * context map, an after-action step, batch size and progress. Values in defaults and overrides are constants or
 * {@link ValueGenerator}s.
 */
public abstract sealed class GeneratorBuilder<B extends GeneratorBuilder<B>>
        permits ChangesetGenerator.Builder, SeedGenerator.Builder {
    static final int DEFAULT_BATCH_SIZE = 500;
    static final int DEFAULT_MAX_TRIES = 100;

    final Generation generation;
    final AshlarView ashlar;
    final Resource resource;
    private final Map<String, Object> defaults = new LinkedHashMap<>();
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    final Map<String, UsedRows> uses = new LinkedHashMap<>();
    final Map<String, Object> context = new LinkedHashMap<>();
    UnaryOperator<Row> afterAction = UnaryOperator.identity();
    int batchSize = DEFAULT_BATCH_SIZE;
    ProgressReporter progress = ProgressReporter.terminal();
    int maxTries = DEFAULT_MAX_TRIES;

    GeneratorBuilder(Generation generation, AshlarView ashlar, Resource resource) {
        this.generation = Objects.requireNonNull(generation, "generation");
        this.ashlar = Objects.requireNonNull(ashlar, "ashlar");
        this.resource = Objects.requireNonNull(resource, "resource");
        ashlar.domain().resource(resource.name()).filter(resource::equals).orElseThrow(() ->
                new DeclarationException("cannot generate " + resource.name() + ": it is not a resource of domain "
                        + ashlar.domain().name()));
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Values (constants or {@link ValueGenerator}s) for fields, replacing the ones made from the declaration. */
    public B defaults(Map<String, ?> values) {
        defaults.putAll(values);
        return self();
    }

    /** Values merged over the defaults, e.g. the caller's {@code author_id}. */
    public B overrides(Map<String, ?> values) {
        overrides.putAll(values);
        return self();
    }

    public B override(String field, Object valueOrGenerator) {
        overrides.put(field, valueOrGenerator);
        return self();
    }

    /** Binds {@code rows} to {@code name}: generated row {@code i} uses {@code rows[i % size]}. */
    public B uses(String name, List<Row> rows) {
        return uses(name, rows, 1);
    }

    /** Binds {@code rows} to {@code name}, each row used by {@code each} consecutive generated rows. */
    public B uses(String name, List<Row> rows, int each) {
        uses.put(name, new UsedRows.Listed(rows, each));
        return self();
    }

    /** Binds a fresh row of {@code other} to {@code name} for every generated row. */
    public B uses(String name, ChangesetGenerator other) {
        uses.put(name, new UsedRows.Fresh(other));
        return self();
    }

    /**
     * A context map: value generators read it with {@link Draw#context()}, and a changeset generator's action reads
     * it with {@link dev.ashlar.action.Changeset#context()} (merged over the view's own
     * {@link AshlarView#withContext context}). The seed path runs no action, so there only value generators see it.
     */
    public B context(Map<String, ?> values) {
        context.putAll(values);
        return self();
    }

    /** A step applied to every written row before it is returned (row -> row). */
    public B afterAction(UnaryOperator<Row> step) {
        afterAction = Objects.requireNonNull(step, "step");
        return self();
    }

    /** Rows per batch (default 500); each batch is written in one transaction. */
    public B batchSize(int size) {
        if (size < 1) {
            throw new GeneratorException("batchSize must be at least 1, got " + size);
        }
        batchSize = size;
        return self();
    }

    /** Where progress goes (default {@link ProgressReporter#terminal()}). */
    public B progress(ProgressReporter reporter) {
        progress = Objects.requireNonNull(reporter, "reporter");
        return self();
    }

    /** How many values a field may draw before a rule it keeps failing is an error (default 100). */
    public B maxTries(int tries) {
        if (tries < 1) {
            throw new GeneratorException("maxTries must be at least 1, got " + tries);
        }
        maxTries = tries;
        return self();
    }

    /** Builds the row maker for {@code fields}, checking that defaults and overrides name only those fields. */
    RowMaker rowMaker(String owner, List<FieldSpec> fields, List<Validation> validations, String fieldsSaid) {
        Set<String> known = new TreeSet<>();
        fields.forEach(f -> known.add(f.name()));
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> given : List.of(defaults, overrides)) {
            for (String name : given.keySet()) {
                if (!known.contains(name)) {
                    problems.add(owner + "." + name + ": " + (given == defaults ? "defaults" : "overrides")
                            + " name a field the generator cannot set; " + fieldsSaid + " " + known);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DeclarationException(problems);
        }
        long seed = generation.generatorSeed(owner);
        List<FieldPlan> plans = new ArrayList<>();
        List<FieldPlan> confirmations = new ArrayList<>();
        Map<String, String> confirms = confirmations(validations);
        for (FieldSpec field : fields) {
            Draw draw = new Draw(generation, SeedMix.derive(seed, field.name()));
            List<FieldRule> rules = rulesFor(field.name(), validations);
            Object given = overrides.containsKey(field.name()) ? overrides.get(field.name())
                    : defaults.containsKey(field.name()) ? defaults.get(field.name()) : Unset.UNSET;
            if (given != Unset.UNSET) {
                plans.add(new FieldPlan(owner, field.name(), field.type(), asGenerator(given), 0, rules, maxTries, draw));
            } else if (confirms.containsKey(field.name())) {
                String original = confirms.get(field.name());
                confirmations.add(new FieldPlan(owner, field.name(), field.type(), d -> d.value(original), 0, rules,
                        1, draw));
            } else {
                boolean required = field.required() || presentRequires(field.name(), validations);
                ValueGenerator<?> generator = field.fallback() != null ? field.fallback()
                        : DeclaredValues.forField(owner, field.name(), field.type(), rules);
                plans.add(new FieldPlan(owner, field.name(), field.type(), generator,
                        required ? 0 : FieldPlan.OPTIONAL_NIL_CHANCE, rules, maxTries, draw));
            }
        }
        plans.addAll(confirmations);
        return new RowMaker(owner, plans, uniques(known), uses, context, maxTries);
    }

    private List<UniqueKeys> uniques(Set<String> generated) {
        Map<String, TypeKind> kinds = new LinkedHashMap<>();
        resource.attributes().forEach(a -> kinds.put(a.name(), a.type().kind()));
        List<UniqueKeys> uniques = new ArrayList<>();
        for (Identity identity : resource.identities()) {
            if (generated.containsAll(identity.keys())) {
                uniques.add(new UniqueKeys(identity, kinds));
            }
        }
        return uniques;
    }

    static boolean isSensitive(Resource resource, String field) {
        return resource.attribute(field).map(Attribute::sensitive).orElse(false);
    }

    private static ValueGenerator<?> asGenerator(Object given) {
        return given instanceof ValueGenerator<?> g ? g : Gen.constant(given);
    }

    private static List<FieldRule> rulesFor(String field, List<Validation> validations) {
        List<FieldRule> rules = new ArrayList<>();
        for (Validation v : validations) {
            if (v instanceof FieldRule rule && rule.field().equals(field)) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static boolean presentRequires(String field, List<Validation> validations) {
        return validations.stream().anyMatch(v -> v instanceof ValidationRule.Present p && p.fields().contains(field));
    }

    /** confirmation field -> the field it repeats. */
    private static Map<String, String> confirmations(List<Validation> validations) {
        Map<String, String> confirms = new LinkedHashMap<>();
        for (Validation v : validations) {
            if (v instanceof ValidationRule.Confirm c) {
                confirms.put(c.confirmation(), c.field());
            }
        }
        return confirms;
    }

    private enum Unset { UNSET }
}
