package dev.ashlar;

import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.ActionInput;
import dev.ashlar.action.ActionType;
import dev.ashlar.action.AfterHook;
import dev.ashlar.action.BeforeHook;
import dev.ashlar.action.Changeset;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.error.NotFoundException;
import dev.ashlar.resource.Attribute;
import dev.ashlar.row.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs create, update, destroy and generic actions: changeset first (outside any transaction), then hooks and the
 * write inside one transaction of the resource's data layer. Invalid input never opens a transaction.
 */
final class ActionRunner {
    private final Ashlar ashlar;

    ActionRunner(Ashlar ashlar) {
        this.ashlar = ashlar;
    }

    Row create(ResourceRuntime rt, ActionDefinition action, Map<String, ?> input, Object actor) {
        Changeset cs = validChangeset(rt, action, null, input, actor);
        return withHooks(rt, cs, () -> {
            runBefore(cs);
            Map<String, Object> stored = rt.dataLayer().rows().insert(rt.resource(), List.of(insertValues(rt, cs)))
                    .get(0);
            Row row = rt.row(stored);
            runAfter(cs, row);
            return row;
        });
    }

    Row update(ResourceRuntime rt, ActionDefinition action, Object target, Map<String, ?> input, Object actor) {
        Row original = load(rt, action, target);
        Changeset cs = validChangeset(rt, action, original, input, actor);
        Map<String, Object> key = rt.keyOf(original);
        return withHooks(rt, cs, () -> {
            runBefore(cs);
            Row row = cs.changes().isEmpty() ? original
                    : rt.row(rt.dataLayer().rows().update(rt.resource(), key, cs.changes())
                            .orElseThrow(() -> new NotFoundException(rt.resource().name(), key)));
            runAfter(cs, row);
            return row;
        });
    }

    Row destroy(ResourceRuntime rt, ActionDefinition action, Object target, Map<String, ?> input, Object actor) {
        Row original = load(rt, action, target);
        Changeset cs = validChangeset(rt, action, original, input, actor);
        Map<String, Object> key = rt.keyOf(original);
        return withHooks(rt, cs, () -> {
            runBefore(cs);
            Row row = rt.row(rt.dataLayer().rows().delete(rt.resource(), key)
                    .orElseThrow(() -> new NotFoundException(rt.resource().name(), key)));
            runAfter(cs, row);
            return row;
        });
    }

    /**
     * Runs the write with its hooks in one transaction. Without hooks the write is a single statement, atomic by
     * itself, so no explicit transaction (and its BEGIN/COMMIT round trips) is opened.
     */
    private static Row withHooks(ResourceRuntime rt, Changeset cs, java.util.function.Supplier<Row> write) {
        boolean hooks = !cs.action().beforeHooks().isEmpty() || !cs.action().afterHooks().isEmpty();
        return hooks ? rt.dataLayer().transactions().inTransaction(write) : write.get();
    }

    Object generic(ResourceRuntime rt, ActionDefinition action, Map<String, ?> input, Object actor) {
        Map<String, Object> arguments = Arguments.check(rt.resource(), action, input);
        return action.body().run(new ActionInput(arguments, actor, ashlar));
    }

    /** The changeset, or an {@link InvalidInputException} with all its errors. */
    Changeset validChangeset(ResourceRuntime rt, ActionDefinition action, Row original, Map<String, ?> input,
                             Object actor) {
        Changeset cs = ChangesetBuilder.build(ashlar, rt.resource(), action, original, input, actor);
        if (!cs.isValid()) {
            throw new InvalidInputException(rt.resource().name(), action.name(), cs.errors());
        }
        return cs;
    }

    /** Every non-generated column, so that all inserts of a resource share one statement shape. */
    static Map<String, Object> insertValues(ResourceRuntime rt, Changeset cs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Attribute a : rt.resource().attributes()) {
            if (!a.generated() || cs.changes().get(a.name()) != null) {
                values.put(a.name(), cs.changes().get(a.name()));
            }
        }
        return values;
    }

    static void runBefore(Changeset cs) {
        for (BeforeHook hook : cs.action().beforeHooks()) {
            hook.run(cs);
        }
        if (!cs.isValid()) {
            throw new InvalidInputException(cs.resource().name(), cs.action().name(), cs.errors());
        }
    }

    static void runAfter(Changeset cs, Row row) {
        for (AfterHook hook : cs.action().afterHooks()) {
            hook.run(cs, row);
        }
    }

    /**
     * The row an update or destroy starts from: a {@link Row} of this resource is taken as given (the caller's
     * view; a row deleted meanwhile still ends in {@link NotFoundException}); a key is looked up.
     */
    private Row load(ResourceRuntime rt, ActionDefinition action, Object target) {
        if (target instanceof Row row && row.resource().equals(rt.resource().name())) {
            return row;
        }
        if (target == null) {
            throw rt.invalid(action.name(), "primary_key", "required", action.type().defaultName()
                    + " needs the row or its primary key");
        }
        Map<String, Object> key = rt.key(target, action.name());
        return ashlar.reads().byKey(rt, key).orElseThrow(() -> new NotFoundException(rt.resource().name(), key));
    }

    static void checkType(ResourceRuntime rt, ActionDefinition action, ActionType expected) {
        if (action.type() != expected) {
            throw new IllegalArgumentException(rt.resource().name() + "." + action.name() + " is a "
                    + action.type() + " action, not " + expected);
        }
    }
}
