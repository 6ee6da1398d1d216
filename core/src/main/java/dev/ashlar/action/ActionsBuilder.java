package dev.ashlar.action;

import dev.ashlar.error.DeclarationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Declares a resource's actions: defaults plus named custom and generic actions. */
public final class ActionsBuilder {
    private final Map<String, ActionBuilder> actions = new LinkedHashMap<>();
    private final List<String> defaultAccept = new ArrayList<>();

    /** Adds the default action of each type, named {@code create}, {@code read}, {@code update}, {@code destroy}. */
    public ActionsBuilder defaults(ActionType... types) {
        for (ActionType type : types) {
            if (type == ActionType.GENERIC) {
                throw new IllegalArgumentException("there is no default generic action");
            }
            actions.put(type.defaultName(), new ActionBuilder(type.defaultName(), type));
        }
        return this;
    }

    /** The attributes that create and update actions accept unless they name their own. */
    public ActionsBuilder defaultAccept(String... attributes) {
        defaultAccept.addAll(Arrays.asList(attributes));
        return this;
    }

    public ActionsBuilder create(String name, Consumer<ActionBuilder> spec) {
        return add(name, ActionType.CREATE, spec);
    }

    public ActionsBuilder read(String name, Consumer<ActionBuilder> spec) {
        return add(name, ActionType.READ, spec);
    }

    public ActionsBuilder update(String name, Consumer<ActionBuilder> spec) {
        return add(name, ActionType.UPDATE, spec);
    }

    public ActionsBuilder destroy(String name, Consumer<ActionBuilder> spec) {
        return add(name, ActionType.DESTROY, spec);
    }

    public ActionsBuilder generic(String name, Consumer<ActionBuilder> spec) {
        return add(name, ActionType.GENERIC, spec);
    }

    private ActionsBuilder add(String name, ActionType type, Consumer<ActionBuilder> spec) {
        ActionBuilder existing = actions.get(name);
        if (existing != null && existing.type() != type) {
            throw new DeclarationException("action " + name + " is declared both as " + existing.type()
                    + " and as " + type);
        }
        ActionBuilder builder = existing != null ? existing : new ActionBuilder(name, type);
        spec.accept(builder);
        actions.put(name, builder);
        return this;
    }

    /** The built actions, in declaration order. */
    public List<ActionDefinition> build() {
        return actions.values().stream().map(b -> b.build(List.copyOf(defaultAccept))).toList();
    }
}
