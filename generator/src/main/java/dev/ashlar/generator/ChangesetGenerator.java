package dev.ashlar.generator;

import dev.ashlar.AshlarView;
import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.ActionType;
import dev.ashlar.action.Argument;
import dev.ashlar.action.BulkOptions;
import dev.ashlar.action.BulkResult;
import dev.ashlar.action.Validation;
import dev.ashlar.error.AshlarException;
import dev.ashlar.error.DeclarationException;
import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes rows through one create action of one resource, so they pass the same casts, changes, validations and
 * hooks as user input. Build it with {@link Generation#changeset}. Not thread-safe.
 */
public final class ChangesetGenerator {
    private final AshlarView ashlar;
    private final Resource resource;
    private final ActionDefinition action;
    private final String label;
    private final RowMaker maker;
    private final Object actor;
    private final String actorUsed;
    private final Set<String> sensitive;
    private final java.util.function.UnaryOperator<Row> afterAction;
    private final int batchSize;
    private final ProgressReporter progress;
    private final long seed;

    private ChangesetGenerator(Builder b, ActionDefinition action, RowMaker maker, Set<String> sensitive) {
        this.ashlar = withContext(b.ashlar, b.context);
        this.resource = b.resource;
        this.action = action;
        this.label = resource.name() + "." + action.name();
        this.maker = maker;
        this.actor = b.actor;
        this.actorUsed = b.actorUsed;
        this.sensitive = sensitive;
        this.afterAction = b.afterAction;
        this.batchSize = b.batchSize;
        this.progress = b.progress;
        this.seed = b.generation.seed();
    }

    /** The view the actions run through: the generator's context map over the view's own context. */
    private static AshlarView withContext(AshlarView ashlar, Map<String, Object> context) {
        if (context.isEmpty()) {
            return ashlar;
        }
        Map<String, Object> merged = new java.util.LinkedHashMap<>(ashlar.context());
        merged.putAll(context);
        return ashlar.withContext(merged);
    }

    /** The seed of the {@link Generation} this generator belongs to. */
    public long seed() {
        return seed;
    }

    /** Makes one row through the create action. */
    public Row generate() {
        RowMaker.Made made = maker.next();
        try {
            return afterAction.apply(view(actorOf(made)).create(resource, action.name(), made.values()));
        } catch (InvalidInputException e) {
            throw new GeneratorException(label + ": generated row " + made.index() + " was refused: "
                    + describe(e.errors()), e);
        }
    }

    /** Makes {@code count} rows through bulk create, batch by batch, and returns them in order. */
    public List<Row> generateMany(int count) {
        return stream(count).toList();
    }

    /** Makes {@code count} rows and hands each to {@code sink}; holds one batch at a time (for millions of rows). */
    public void generateMany(long count, Consumer<Row> sink) {
        try (Stream<Row> rows = stream(count)) {
            rows.forEach(sink);
        }
    }

    /**
     * The rows of a run of {@code count}, written batch by batch as the stream is consumed. A batch is one
     * transaction: when it fails, nothing of it is written (earlier batches stay) and a {@link GeneratorException}
     * names the index of the failing input in this run.
     */
    public Stream<Row> stream(long count) {
        return BatchRun.stream(label, count, batchSize, progress, this::writeBatch);
    }

    private List<Row> writeBatch(int size, long firstInRun) {
        List<RowMaker.Made> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(maker.next());
        }
        try {
            return ashlar.transaction(resource.repo(), () -> writeSegments(batch, firstInRun));
        } catch (GeneratorException e) {
            throw e;
        } catch (AshlarException e) {
            throw new GeneratorException(label + ": the batch of inputs [" + firstInRun + ".." + (firstInRun + size - 1)
                    + "] failed and nothing of it was written: " + e.getMessage(), e);
        }
    }

    /** Consecutive inputs with the same actor go in one bulk create (the bulk API takes one actor). */
    private List<Row> writeSegments(List<RowMaker.Made> batch, long firstInRun) {
        List<Row> rows = new ArrayList<>(batch.size());
        int from = 0;
        while (from < batch.size()) {
            Object segmentActor = actorOf(batch.get(from));
            int to = from + 1;
            while (to < batch.size() && Objects.equals(actorOf(batch.get(to)), segmentActor)) {
                to++;
            }
            List<Map<String, Object>> inputs = batch.subList(from, to).stream().map(RowMaker.Made::values).toList();
            BulkResult result = view(segmentActor).bulkCreate(resource, action.name(), inputs,
                    BulkOptions.atomicBatches().withBatchSize(batchSize));
            if (!result.ok()) {
                Map.Entry<Integer, List<FieldError>> first = result.errors().entrySet().iterator().next();
                throw new GeneratorException(label + ": input [" + (firstInRun + from + first.getKey())
                        + "] was refused, so its batch [" + firstInRun + ".." + (firstInRun + batch.size() - 1)
                        + "] wrote nothing: " + describe(first.getValue()));
            }
            result.rows().forEach(row -> rows.add(afterAction.apply(row)));
            from = to;
        }
        return rows;
    }

    private Object actorOf(RowMaker.Made made) {
        return actorUsed == null ? actor : made.used().get(actorUsed);
    }

    /** Without an actor of its own the generator acts as the view it was built on does (its actor, or none). */
    private AshlarView view(Object who) {
        return who == null ? ashlar : ashlar.as(who);
    }

    /** Field errors as {@code path: message}; for sensitive fields only the code, never a value. */
    private String describe(List<FieldError> errors) {
        return errors.stream()
                .map(e -> sensitive.contains(e.path()) ? e.path() + ": " + e.code() : e.path() + ": " + e.message())
                .collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return "ChangesetGenerator[" + label + ", seed=" + seed + "]";
    }

    /** Builds a {@link ChangesetGenerator}; defaults, overrides and uses come from {@link GeneratorBuilder}. */
    public static final class Builder extends GeneratorBuilder<Builder> {
        private final String actionName;
        private Object actor;
        private String actorUsed;

        Builder(Generation generation, AshlarView ashlar, Resource resource, String actionName) {
            super(generation, ashlar, resource);
            this.actionName = actionName;
        }

        /** The actor every row is created by (default: the actor of the view the generator was built on). */
        public Builder actor(Object who) {
            this.actor = who;
            this.actorUsed = null;
            return this;
        }

        /** Each row is created by the row it uses under {@code usedName} (e.g. articles by their author). */
        public Builder actorFromUsed(String usedName) {
            this.actorUsed = Objects.requireNonNull(usedName, "usedName");
            return this;
        }

        public ChangesetGenerator build() {
            ActionDefinition action = createAction();
            if (actorUsed != null && !uses.containsKey(actorUsed)) {
                throw new DeclarationException(resource.name() + "." + action.name() + ": actorFromUsed(\""
                        + actorUsed + "\") names no uses(...) binding; it has " + uses.keySet());
            }
            List<FieldSpec> fields = new ArrayList<>();
            for (String name : action.accept()) {
                Attribute a = resource.attribute(name).orElseThrow();
                fields.add(new FieldSpec(name, a.type(), a.required() && a.defaultValue() == null, a.sensitive(),
                        null));
            }
            for (Argument arg : action.arguments()) {
                fields.add(new FieldSpec(arg.name(), arg.type(), arg.required(), arg.sensitive(), null));
            }
            List<Validation> validations = new ArrayList<>(resource.validations());
            validations.addAll(action.validations());
            String owner = resource.name() + "." + action.name();
            RowMaker maker = rowMaker(owner, fields, validations,
                    "action " + action.name() + " accepts and takes as arguments");
            Set<String> sensitive = new java.util.HashSet<>();
            fields.stream().filter(FieldSpec::sensitive).forEach(f -> sensitive.add(f.name()));
            return new ChangesetGenerator(this, action, maker, sensitive);
        }

        private ActionDefinition createAction() {
            ActionDefinition action = actionName == null
                    ? resource.primaryAction(ActionType.CREATE).orElseThrow(() -> new DeclarationException(
                            "cannot generate " + resource.name() + ": it has no create action"))
                    : resource.action(actionName).orElseThrow(() -> new DeclarationException(
                            "cannot generate " + resource.name() + ": it has no action " + actionName));
            if (action.type() != ActionType.CREATE) {
                throw new DeclarationException("cannot generate " + resource.name() + " through " + action.name()
                        + ": it is a " + action.type().name().toLowerCase() + " action; generators need a create"
                        + " action");
            }
            return action;
        }
    }
}
