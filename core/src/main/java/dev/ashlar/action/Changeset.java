package dev.ashlar.action;

import org.jspecify.annotations.Nullable;
import dev.ashlar.AshlarView;
import dev.ashlar.error.FieldError;
import dev.ashlar.row.Row;
import dev.ashlar.internal.row.RowLayout;
import dev.ashlar.values.AttributeType;
import dev.ashlar.values.InvalidValueException;
import dev.ashlar.internal.values.ValueCaster;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The working state of one action run: the attribute changes, the arguments, the actor, the original row (for
 * update and destroy) and the errors found so far. Changes and validations read and write it; Ashlar creates it.
 * Not thread-safe and not kept after the action returns.
 */
public final class Changeset {
    private final String resource;
    private final List<AttributeType> types;
    private final ActionDefinition action;
    private final @Nullable Object actor;
    private @Nullable Row original;
    /** Loads the original on first use (update/destroy by key), or {@code null} once loaded or when given. */
    private @Nullable Supplier<Row> originalLoader;
    private final AshlarView ashlar;
    private final AttributeChanges changes;
    private final Map<String, Object> changesView;
    private final Map<String, Object> arguments = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    private Changeset(String resource, RowLayout attributes, List<AttributeType> types, ActionDefinition action,
                      @Nullable Object actor, @Nullable Row original, @Nullable Supplier<Row> originalLoader,
                      AshlarView ashlar) {
        if (attributes.size() != types.size()) {
            throw new IllegalArgumentException(attributes + " and " + types + " are not one layout of " + resource);
        }
        this.resource = Objects.requireNonNull(resource, "resource");
        this.types = List.copyOf(types);
        this.action = action;
        this.actor = actor;
        this.original = original;
        this.originalLoader = originalLoader;
        this.ashlar = ashlar;
        this.changes = new AttributeChanges(attributes);
        this.changesView = Collections.unmodifiableMap(changes);
    }

    /**
     * How the engine starts a changeset: with the resource's attribute layout (its attribute names in declaration
     * order) and their types, computed once and shared, and, for an update or destroy by key, an original row that
     * {@code originalLoader} loads the first time anything reads it ({@link #original()}, or {@link #attribute} of
     * an attribute that is not changing). When no change, validation or hook looks at it, the write goes out without
     * a prior read. The loader throws {@link dev.ashlar.error.NotFoundException} when there is no such row.
     *
     * <p>A changeset knows its resource by name, like a {@link Row}: the declaration holds the actions whose changes
     * and validations receive changesets, so a changeset pointing back at the declaration would tie the two
     * packages into a cycle.
     *
     * @param types          the attribute types, in the order of {@code attributes}
     * @param original       the original row when it is at hand, else {@code null}
     * @param originalLoader loads the original on first use, or {@code null}
     */
    public static Changeset start(String resource, RowLayout attributes, List<AttributeType> types,
                                  ActionDefinition action, @Nullable Object actor, @Nullable Row original,
                                  @Nullable Supplier<Row> originalLoader,
                                  AshlarView ashlar) {
        return new Changeset(resource, attributes, types, action, actor, original, originalLoader, ashlar);
    }

    /** The name of the resource the action belongs to. */
    public String resource() {
        return resource;
    }

    public ActionDefinition action() {
        return action;
    }

    /** Who is acting, or {@code null}. */
    public @Nullable Object actor() {
        return actor;
    }

    /**
     * What the caller set around this action: {@link AshlarView#withContext(Map)} (a generator's
     * {@code context(...)} goes there too). Empty when none was set. Unmodifiable.
     */
    public Map<String, Object> context() {
        return ashlar == null ? Map.of() : ashlar.context();
    }

    /** The row before the action (update and destroy). */
    public Optional<Row> original() {
        return Optional.ofNullable(loadedOriginal());
    }

    private @Nullable Row loadedOriginal() {
        if (originalLoader != null) {
            original = originalLoader.get();
            originalLoader = null;
        }
        return original;
    }

    /** The running instance, for calling other actions from hooks (they join this action's transaction). */
    public AshlarView ashlar() {
        return ashlar;
    }

    /** The attribute's new value if it is changing, else its original value, else {@code null}. */
    public @Nullable Object attribute(String name) {
        if (changes.containsKey(name)) {
            return changes.get(name);
        }
        Row before = loadedOriginal();
        return before != null && before.has(name) ? before.get(name) : null;
    }

    public boolean isChanging(String name) {
        return changes.containsKey(name);
    }

    /** The attribute changes so far, by name. */
    public Map<String, Object> changes() {
        return changesView;
    }

    @SuppressWarnings("unchecked")
    public <T> T argument(String name) {
        return (T) arguments.get(name);
    }

    public boolean hasArgument(String name) {
        return arguments.containsKey(name);
    }

    /** An attribute or, failing that, an argument of that name (for validations that work on both). */
    public @Nullable Object value(String name) {
        return changes.indexOf(name) >= 0 ? attribute(name) : arguments.get(name);
    }

    /**
     * Sets an attribute, cast to its type. A value that does not fit is recorded as an error on that field
     * (the attribute is left unchanged) rather than thrown, so all problems are reported together.
     */
    public Changeset set(String name, @Nullable Object value) {
        int index = changes.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(resource + " has no attribute " + name);
        }
        try {
            changes.set(index, ValueCaster.cast(types.get(index), value));
        } catch (InvalidValueException e) {
            addError(name, e.code(), e.getMessage());
        }
        return this;
    }

    /** Sets an argument value as given (already cast by Ashlar). */
    public Changeset putArgument(String name, Object value) {
        arguments.put(name, value);
        return this;
    }

    /** Removes a pending change (e.g. a change that decides not to write a field). */
    public Changeset clear(String name) {
        changes.remove(name);
        return this;
    }

    public Changeset addError(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
    }

    /** Removes errors added after the first {@code count} whose path is in {@code paths}. */
    public void dropErrorsAfter(int count, java.util.Set<String> paths) {
        for (int i = errors.size() - 1; i >= count; i--) {
            if (paths.contains(errors.get(i).path())) {
                errors.remove(i);
            }
        }
    }

    public List<FieldError> errors() {
        return Collections.unmodifiableList(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
