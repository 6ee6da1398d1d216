package dev.ashlar.action;

import dev.ashlar.Ashlar;
import dev.ashlar.error.FieldError;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.values.InvalidValueException;
import dev.ashlar.values.ValueCaster;
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
    private final Resource resource;
    private final ActionDefinition action;
    private final Object actor;
    private Row original;
    /** Loads the original on first use (update/destroy by key), or {@code null} once loaded or when given. */
    private Supplier<Row> originalLoader;
    private final Ashlar ashlar;
    private final Map<String, Object> changes = new LinkedHashMap<>();
    private final Map<String, Object> arguments = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    public Changeset(Resource resource, ActionDefinition action, Object actor, Row original, Ashlar ashlar) {
        this.resource = resource;
        this.action = action;
        this.actor = actor;
        this.original = original;
        this.ashlar = ashlar;
    }

    /**
     * A changeset whose original row is loaded by {@code loader} the first time anything reads it
     * ({@link #original()}, or {@link #attribute} of an attribute that is not changing). Update and destroy by key
     * use it: when no change, validation or hook looks at the row, the write goes out without a prior read.
     * The loader throws {@link dev.ashlar.error.NotFoundException} when there is no such row.
     */
    public static Changeset withOriginalLoader(Resource resource, ActionDefinition action, Object actor,
                                               Supplier<Row> loader, Ashlar ashlar) {
        Changeset cs = new Changeset(resource, action, actor, null, ashlar);
        cs.originalLoader = Objects.requireNonNull(loader, "loader");
        return cs;
    }

    public Resource resource() {
        return resource;
    }

    public ActionDefinition action() {
        return action;
    }

    /** Who is acting, or {@code null}. */
    public Object actor() {
        return actor;
    }

    /** The row before the action (update and destroy). */
    public Optional<Row> original() {
        return Optional.ofNullable(loadedOriginal());
    }

    /** Whether the original row is at hand without a read (given, or already loaded). */
    public boolean hasLoadedOriginal() {
        return originalLoader == null && original != null;
    }

    private Row loadedOriginal() {
        if (originalLoader != null) {
            original = originalLoader.get();
            originalLoader = null;
        }
        return original;
    }

    /** The running instance, for calling other actions from hooks (they join this action's transaction). */
    public Ashlar ashlar() {
        return ashlar;
    }

    /** The attribute's new value if it is changing, else its original value, else {@code null}. */
    public Object attribute(String name) {
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
        return Collections.unmodifiableMap(changes);
    }

    @SuppressWarnings("unchecked")
    public <T> T argument(String name) {
        return (T) arguments.get(name);
    }

    public boolean hasArgument(String name) {
        return arguments.containsKey(name);
    }

    /** An attribute or, failing that, an argument of that name (for validations that work on both). */
    public Object value(String name) {
        return resource.attribute(name).isPresent() ? attribute(name) : arguments.get(name);
    }

    /**
     * Sets an attribute, cast to its type. A value that does not fit is recorded as an error on that field
     * (the attribute is left unchanged) rather than thrown, so all problems are reported together.
     */
    public Changeset set(String name, Object value) {
        Attribute attribute = resource.attribute(name).orElseThrow(() -> new IllegalArgumentException(
                resource.name() + " has no attribute " + name));
        try {
            changes.put(name, ValueCaster.cast(attribute.type(), value));
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
