package dev.ashlar.generator;

import dev.ashlar.action.ValidationRule.FieldRule;
import dev.ashlar.error.FieldError;
import dev.ashlar.values.AttributeType;
import dev.ashlar.values.InvalidValueException;
import dev.ashlar.internal.values.ValueCaster;
import java.util.List;
import java.util.Optional;

/**
 * How one field of a row is made: its generator, the chance it is left nil, and the checks a value must pass (the
 * field's type and its described validations). A value that fails is drawn again, a bounded number of times.
 */
final class FieldPlan {
    static final double OPTIONAL_NIL_CHANCE = 0.2;

    private final String owner;
    private final String name;
    private final AttributeType type;
    private final ValueGenerator<?> generator;
    private final double nilChance;
    private final List<FieldRule> rules;
    private final int maxTries;
    private final Draw draw;

    FieldPlan(String owner, String name, AttributeType type, ValueGenerator<?> generator, double nilChance,
              List<FieldRule> rules, int maxTries, Draw draw) {
        this.owner = owner;
        this.name = name;
        this.type = type;
        this.generator = generator;
        this.nilChance = nilChance;
        this.rules = List.copyOf(rules);
        this.maxTries = maxTries;
        this.draw = draw;
    }

    String name() {
        return name;
    }

    AttributeType type() {
        return type;
    }

    /** Made from the declaration and sometimes nil. */
    boolean optional() {
        return nilChance > 0;
    }

    /** A value for this row that fits the type and passes the field's rules, or a {@link GeneratorException}. */
    Object make(RowDraft row) {
        draw.on(row);
        if (nilChance > 0 && draw.random().nextDouble() < nilChance) {
            return null;
        }
        String failed = null;
        for (int attempt = 0; attempt < maxTries; attempt++) {
            Object value = generator.next(draw);
            failed = problem(value);
            if (failed == null) {
                return value;
            }
        }
        throw new GeneratorException(owner + ": field " + name + ": no generated value passed " + failed + " in "
                + maxTries + " tries; give it a default (or fix the one it has) that satisfies the rule");
    }

    /** The rule or type this value breaks, described without the value, or null when it passes. */
    private String problem(Object value) {
        if (value == null) {
            return null;
        }
        try {
            ValueCaster.cast(type, value);
        } catch (InvalidValueException | IllegalArgumentException e) {
            return "its type " + type + " (" + e.getMessage() + ")";
        }
        for (FieldRule rule : rules) {
            Optional<FieldError> error = rule.check(value);
            if (error.isPresent()) {
                return "the validation " + rule + " (" + error.get().message() + ")";
            }
        }
        return null;
    }
}
