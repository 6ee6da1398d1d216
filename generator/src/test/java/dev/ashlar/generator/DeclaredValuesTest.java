package dev.ashlar.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.action.Validations;
import dev.ashlar.action.ValidationRule.FieldRule;
import dev.ashlar.error.DeclarationException;
import dev.ashlar.query.Filter;
import dev.ashlar.values.AttributeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values made from a field's type and described validations fit them; unsatisfiable declarations say so. */
class DeclaredValuesTest {

    private static List<Object> draw(AttributeType type, int count, Object... rules) {
        List<FieldRule> fieldRules = new ArrayList<>();
        for (Object r : rules) {
            fieldRules.add((FieldRule) r);
        }
        ValueGenerator<Object> gen = DeclaredValues.forField("T.create", "f", type, fieldRules);
        Draw draw = new Draw(Generation.seeded(1), 42);
        draw.on(new RowDraft(0, Map.of(), Map.of(), new java.util.HashMap<>()));
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(gen.next(draw));
        }
        return values;
    }

    @Test
    void stringsFitTheMaxLengthAndTheLengthRule() {
        assertThat(draw(AttributeType.string(12), 200, Validations.length("f", 5, 100)))
                .allSatisfy(v -> assertThat((String) v).hasSizeBetween(5, 12).doesNotEndWith(" "));
    }

    @Test
    void numbersFitRangeCompareAndDecimalPrecision() {
        assertThat(draw(AttributeType.integer(), 300, Validations.range("f", 18, 20)))
                .allSatisfy(v -> assertThat((Long) v).isBetween(18L, 20L)).contains(18L, 20L);
        assertThat(draw(AttributeType.integer(), 300, Validations.compare("f", Filter.Op.GT, 5),
                Validations.compare("f", Filter.Op.LT, 8))).containsOnly(6L, 7L);
        assertThat(draw(AttributeType.decimal(4, 2), 300)).allSatisfy(v -> {
            assertThat(((BigDecimal) v).scale()).isEqualTo(2);
            assertThat((BigDecimal) v).isBetween(BigDecimal.ZERO, new BigDecimal("99.99"));
        });
    }

    @Test
    void enumsOneOfAndRegexesGiveAllowedValues() {
        assertThat(draw(AttributeType.enumOf("a", "b"), 50)).containsOnly("a", "b");
        assertThat(draw(AttributeType.string(), 50, Validations.oneOf("f", "x", "y"))).containsOnly("x", "y");
        assertThat(draw(AttributeType.string(), 100, Validations.match("f", "^[A-Z]{2}-\\d{3}$", "code")))
                .allSatisfy(v -> assertThat((String) v).matches("[A-Z]{2}-\\d{3}"));
    }

    @Test
    void unsatisfiableDeclarationsAskForADefault() {
        assertThatThrownBy(() -> draw(AttributeType.string(4), 1, Validations.length("f", 10, 20)))
                .isInstanceOf(DeclarationException.class).hasMessageContaining("T.create.f")
                .hasMessageContaining("give the field a default");
        assertThatThrownBy(() -> draw(AttributeType.string(), 1, Validations.match("f", "(a)\\1", "twice")))
                .isInstanceOf(DeclarationException.class).hasMessageContaining("backreferences");
        assertThatThrownBy(() -> draw(AttributeType.integer(), 1, Validations.range("f", 10, 5)))
                .isInstanceOf(DeclarationException.class).hasMessageContaining("at least 10, at most 5");
    }
}
