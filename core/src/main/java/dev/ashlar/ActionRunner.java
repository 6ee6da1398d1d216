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
import dev.ashlar.internal.row.RowLayout;
import dev.ashlar.internal.row.RowValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs create, update, destroy and generic actions: changeset first (outside any transaction), then hooks and the
 * write inside one transaction of the resource's data layer. Invalid input never opens a transaction. An update or
 * destroy by key reads the row first only when something looks at it.
 */
final class ActionRunner {
    private final AshlarView ashlar;

    ActionRunner(AshlarView ashlar) {
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
        Map<String, Object> key = keyOf(rt, action, target);
        Changeset cs = validChangeset(rt, startingFrom(rt, action, target, key, actor), input);
        return withHooks(rt, cs, () -> {
            runBefore(cs);
            Row row = cs.changes().isEmpty() ? cs.original().orElseThrow()
                    : rt.row(rt.dataLayer().rows().update(rt.resource(), key, cs.changes())
                            .orElseThrow(() -> rt.notFound(key)));
            runAfter(cs, row);
            return row;
        });
    }

    Row destroy(ResourceRuntime rt, ActionDefinition action, Object target, Map<String, ?> input, Object actor) {
        Map<String, Object> key = keyOf(rt, action, target);
        Changeset cs = validChangeset(rt, startingFrom(rt, action, target, key, actor), input);
        return withHooks(rt, cs, () -> {
            runBefore(cs);
            Row row = rt.row(rt.dataLayer().rows().delete(rt.resource(), key)
                    .orElseThrow(() -> rt.notFound(key)));
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
        return validChangeset(rt, rt.changeset(action, actor, original, null, ashlar),
                input);
    }

    private static Changeset validChangeset(ResourceRuntime rt, Changeset fresh, Map<String, ?> input) {
        Changeset cs = ChangesetBuilder.build(rt.resource(), fresh, input);
        if (!cs.isValid()) {
            throw new InvalidInputException(rt.resource().name(), cs.action().name(), cs.errors());
        }
        return cs;
    }

    /**
     * Every non-generated column (plus generated ones given a value), so that all inserts of a resource share one
     * statement shape. Usually an array over the resource's insert layout, which the data layer binds by position.
     */
    static Map<String, Object> insertValues(ResourceRuntime rt, Changeset cs) {
        Map<String, Object> changes = cs.changes();
        if (noGeneratedValueGiven(rt, changes)) {
            RowLayout layout = rt.insertLayout();
            Object[] values = new Object[layout.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = changes.get(layout.names().get(i));
            }
            return RowValues.wrap(layout, values);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Attribute a : rt.resource().attributes()) {
            if (!a.generated() || changes.get(a.name()) != null) {
                values.put(a.name(), changes.get(a.name()));
            }
        }
        return values;
    }

    private static boolean noGeneratedValueGiven(ResourceRuntime rt, Map<String, Object> changes) {
        for (String name : rt.generated()) {
            if (changes.get(name) != null) {
                return false;
            }
        }
        return true;
    }

    static void runBefore(Changeset cs) {
        for (BeforeHook hook : cs.action().beforeHooks()) {
            hook.run(cs);
        }
        if (!cs.isValid()) {
            throw new InvalidInputException(cs.resource(), cs.action().name(), cs.errors());
        }
    }

    static void runAfter(Changeset cs, Row row) {
        for (AfterHook hook : cs.action().afterHooks()) {
            hook.run(cs, row);
        }
    }

    /** The primary key of the row an update or destroy acts on: a {@link Row}'s key, or the key given. */
    private static Map<String, Object> keyOf(ResourceRuntime rt, ActionDefinition action, Object target) {
        if (target == null) {
            throw rt.invalid(action.name(), "primary_key", "required", action.type().defaultName()
                    + " needs the row or its primary key");
        }
        return rt.key(target, action.name());
    }

    /**
     * The changeset of an update or destroy: a {@link Row} of this resource is taken as the original (the caller's
     * view; a row deleted meanwhile still ends in {@link NotFoundException}); for a key, the original is read only
     * if a change, validation or hook asks for it, so a plain write by key is one statement.
     */
    private Changeset startingFrom(ResourceRuntime rt, ActionDefinition action, Object target,
                                   Map<String, Object> key, Object actor) {
        if (target instanceof Row row && row.resource().equals(rt.resource().name())) {
            return rt.changeset(action, actor, row, null, ashlar);
        }
        return rt.changeset(action, actor, null, () -> ashlar.reads().byKey(rt, key)
                .orElseThrow(() -> rt.notFound(key)), ashlar);
    }

    static void checkType(ResourceRuntime rt, ActionDefinition action, ActionType expected) {
        if (action.type() != expected) {
            throw new IllegalArgumentException(rt.resource().name() + "." + action.name() + " is a "
                    + action.type() + " action, not " + expected);
        }
    }
}
