package dev.ashlar;

import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.ActionType;
import dev.ashlar.action.Argument;
import dev.ashlar.action.Change;
import dev.ashlar.action.Changeset;
import dev.ashlar.action.Validation;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.DefaultValue;
import dev.ashlar.resource.Resource;
import dev.ashlar.resource.TimestampRole;
import dev.ashlar.row.Row;
import dev.ashlar.values.InvalidValueException;
import dev.ashlar.internal.values.ValueCaster;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a changeset from raw input: accepted attributes and arguments cast to their types, defaults and
 * timestamps, then the action's changes, the required-attribute check and the validations. Every problem is
 * collected; nothing is thrown for bad input.
 */
final class ChangesetBuilder {
    private static final TimeBasedEpochGenerator UUID_V7 = Generators.timeBasedEpochGenerator();

    private ChangesetBuilder() {
    }

    static Changeset build(AshlarView ashlar, ResourceRuntime rt, ActionDefinition action, Row original,
                           Map<String, ?> input, Object actor) {
        return build(rt.resource(), rt.changeset(action, actor, original, null, ashlar), input);
    }

    /** Fills {@code cs} (fresh: no changes, no errors) from the input and checks it. */
    static Changeset build(Resource resource, Changeset cs, Map<String, ?> input) {
        ActionDefinition action = cs.action();
        readInput(cs, resource, action, input);
        if (action.type() == ActionType.CREATE) {
            applyDefaults(cs, resource);
        }
        if (action.type() == ActionType.UPDATE) {
            stampUpdate(cs, resource);
        }
        for (Change change : action.changes()) {
            change.apply(cs);
        }
        checkRequired(cs, resource, action.type());
        boolean writes = action.type() == ActionType.CREATE || action.type() == ActionType.UPDATE;
        runValidations(cs, action.validations(), writes ? resource.validations() : List.of());
        return cs;
    }

    /** A field that already failed (bad type, too long) is not validated again: one clear error per field. */
    private static void runValidations(Changeset cs, List<Validation> ofAction, List<Validation> ofResource) {
        if (ofAction.isEmpty() && ofResource.isEmpty()) {
            return;
        }
        Set<String> failed = new HashSet<>();
        cs.errors().forEach(e -> failed.add(e.path()));
        for (List<Validation> validations : List.of(ofAction, ofResource)) {
            for (Validation v : validations) {
                int before = cs.errors().size();
                v.validate(cs);
                cs.dropErrorsAfter(before, failed);
            }
        }
    }

    private static void readInput(Changeset cs, Resource resource, ActionDefinition action, Map<String, ?> given) {
        List<dev.ashlar.error.FieldError> shape = InputMaps.shapeErrors(given);
        shape.forEach(e -> cs.addError(e.path(), e.code(), e.message()));
        Map<String, ?> input = shape.isEmpty() ? given : withoutNullKey(given);
        for (Map.Entry<String, ?> e : input.entrySet()) {
            String key = e.getKey();
            if (action.accept().contains(key)) {
                cs.set(key, e.getValue());
            } else if (action.argument(key).isPresent()) {
                putArgument(cs, action.argument(key).get(), e.getValue());
            } else {
                cs.addError(key, "not_accepted", "is not accepted by " + resource.name() + "." + action.name()
                        + "; it accepts " + action.accept() + " and arguments "
                        + action.arguments().stream().map(Argument::name).toList());
            }
        }
        for (Argument arg : action.arguments()) {
            if (!input.containsKey(arg.name())) {
                if (arg.defaultValue() != null) {
                    putArgument(cs, arg, arg.defaultValue());
                } else if (arg.required()) {
                    cs.addError(arg.name(), "required", "is required");
                }
            } else if (arg.required() && input.get(arg.name()) == null) {
                cs.addError(arg.name(), "required", "is required");
            }
        }
    }

    /** The input minus its null key, so the rest is still checked and every problem reported at once. */
    private static Map<String, ?> withoutNullKey(Map<String, ?> input) {
        if (input == null) {
            return Map.of();
        }
        Map<String, Object> rest = new java.util.HashMap<>(input);
        rest.remove(null);
        return rest;
    }

    private static void putArgument(Changeset cs, Argument arg, Object value) {
        try {
            cs.putArgument(arg.name(), ValueCaster.cast(arg.type(), value));
        } catch (InvalidValueException e) {
            cs.addError(arg.name(), e.code(), e.getMessage());
        }
    }

    private static void applyDefaults(Changeset cs, Resource resource) {
        for (Attribute a : resource.attributes()) {
            if (cs.isChanging(a.name()) || a.defaultValue() == null) {
                continue;
            }
            cs.set(a.name(), generate(a));
        }
    }

    private static void stampUpdate(Changeset cs, Resource resource) {
        for (Attribute a : resource.attributes()) {
            if (a.timestampRole() == TimestampRole.UPDATE) {
                cs.set(a.name(), now(a));
            }
        }
    }

    static Object generate(Attribute a) {
        return switch (a.defaultValue()) {
            case DefaultValue.Literal l -> l.value();
            case DefaultValue.RandomUuid r -> UUID.randomUUID();
            case DefaultValue.TimeOrderedUuid t -> UUID_V7.generate();
            case DefaultValue.Now n -> now(a);
        };
    }

    private static Object now(Attribute a) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return switch (a.type().kind()) {
            case DATE -> LocalDate.ofInstant(now, ZoneOffset.UTC);
            case TIME -> LocalTime.ofInstant(now, ZoneOffset.UTC);
            default -> now;
        };
    }

    private static void checkRequired(Changeset cs, Resource resource, ActionType type) {
        for (Attribute a : resource.attributes()) {
            if (a.allowsNil() || a.generated()) {
                continue;
            }
            boolean missing = type == ActionType.CREATE
                    ? cs.changes().get(a.name()) == null
                    : cs.isChanging(a.name()) && cs.changes().get(a.name()) == null;
            boolean alreadyReported = !cs.isValid() && cs.errors().stream().anyMatch(e -> e.path().equals(a.name()));
            if (missing && !alreadyReported && (type == ActionType.CREATE || type == ActionType.UPDATE)) {
                cs.addError(a.name(), "required", "is required");
            }
        }
    }
}
