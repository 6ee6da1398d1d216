package dev.ashlar.action;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One declared action of a resource.
 *
 * @param accept      the attributes the action takes from input
 * @param readFilter  for read actions: a base filter from the arguments, or {@code null}
 * @param body        for generic actions: the function, else {@code null}
 */
public record ActionDefinition(String name, ActionType type, List<String> accept, List<Argument> arguments,
                               List<Change> changes, List<Validation> validations, List<BeforeHook> beforeHooks,
                               List<AfterHook> afterHooks, ReadFilter readFilter, GenericAction body) {
    public ActionDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        accept = List.copyOf(accept);
        arguments = List.copyOf(arguments);
        changes = List.copyOf(changes);
        validations = List.copyOf(validations);
        beforeHooks = List.copyOf(beforeHooks);
        afterHooks = List.copyOf(afterHooks);
    }

    public Optional<Argument> argument(String argumentName) {
        return arguments.stream().filter(a -> a.name().equals(argumentName)).findFirst();
    }
}
