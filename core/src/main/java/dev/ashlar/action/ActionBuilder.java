package dev.ashlar.action;

import dev.ashlar.values.AttributeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Fluent builder for one action; obtained from {@link ActionsBuilder}. */
public final class ActionBuilder {
    private final String name;
    private final ActionType type;
    private final List<String> accept = new ArrayList<>();
    private final List<Argument> arguments = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Validation> validations = new ArrayList<>();
    private final List<BeforeHook> before = new ArrayList<>();
    private final List<AfterHook> after = new ArrayList<>();
    private ReadFilter readFilter;
    private GenericAction body;
    private boolean acceptSet;

    ActionBuilder(String name, ActionType type) {
        this.name = name;
        this.type = type;
    }

    ActionType type() {
        return type;
    }

    /** The attributes this action takes from input (replaces the resource's default accept list). */
    public ActionBuilder accept(String... attributes) {
        acceptSet = true;
        accept.addAll(Arrays.asList(attributes));
        return this;
    }

    public ActionBuilder argument(String argumentName, AttributeType argumentType) {
        arguments.add(new Argument(argumentName, argumentType, false, false, null));
        return this;
    }

    public ActionBuilder requiredArgument(String argumentName, AttributeType argumentType) {
        arguments.add(new Argument(argumentName, argumentType, true, false, null));
        return this;
    }

    /** A required argument whose value is never printed (passwords, tokens). */
    public ActionBuilder sensitiveArgument(String argumentName, AttributeType argumentType) {
        arguments.add(new Argument(argumentName, argumentType, true, true, null));
        return this;
    }

    public ActionBuilder argument(Argument argument) {
        arguments.add(argument);
        return this;
    }

    public ActionBuilder change(Change change) {
        changes.add(change);
        return this;
    }

    public ActionBuilder validate(Validation validation) {
        validations.add(validation);
        return this;
    }

    public ActionBuilder before(BeforeHook hook) {
        before.add(hook);
        return this;
    }

    public ActionBuilder after(AfterHook hook) {
        after.add(hook);
        return this;
    }

    /** For read actions: the base filter, from the arguments. */
    public ActionBuilder filter(ReadFilter filter) {
        this.readFilter = filter;
        return this;
    }

    /** For generic actions: the function to run. */
    public ActionBuilder run(GenericAction function) {
        this.body = function;
        return this;
    }

    ActionDefinition build(List<String> defaultAccept) {
        List<String> accepted = acceptSet || !(type == ActionType.CREATE || type == ActionType.UPDATE)
                ? accept : defaultAccept;
        return new ActionDefinition(name, type, accepted, arguments, changes, validations, before, after,
                readFilter, body);
    }
}
