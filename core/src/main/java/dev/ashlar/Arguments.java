package dev.ashlar;

import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.Argument;
import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.resource.Resource;
import dev.ashlar.values.InvalidValueException;
import dev.ashlar.internal.values.ValueCaster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the arguments of actions that have no changeset (read and generic actions): unknown names, required
 * ones, and each value cast to its type. All problems are reported together.
 */
final class Arguments {
    private Arguments() {
    }

    static Map<String, Object> check(Resource resource, ActionDefinition action, Map<String, ?> input) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>(InputMaps.shapeErrors(input));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(resource.name(), action.name(), errors);
        }
        for (String key : input.keySet()) {
            if (action.argument(key).isEmpty()) {
                errors.add(new FieldError(key, "not_accepted", "is not an argument of " + resource.name() + "."
                        + action.name() + "; its arguments are "
                        + action.arguments().stream().map(Argument::name).toList()));
            }
        }
        for (Argument arg : action.arguments()) {
            Object value = input.containsKey(arg.name()) ? input.get(arg.name()) : arg.defaultValue();
            if (value == null) {
                if (arg.required()) {
                    errors.add(new FieldError(arg.name(), "required", "is required"));
                }
                continue;
            }
            try {
                arguments.put(arg.name(), ValueCaster.cast(arg.type(), value));
            } catch (InvalidValueException e) {
                errors.add(new FieldError(arg.name(), e.code(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(resource.name(), action.name(), errors);
        }
        return arguments;
    }
}
