package dev.ashlar.internal.values;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.values.AttributeType;
import dev.ashlar.values.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueCasterTest {
    private static String code(AttributeType type, Object value) {
        try {
            ValueCaster.cast(type, value);
        } catch (InvalidValueException e) {
            return e.code();
        }
        return "ok";
    }

    @Test
    void decimalsTakeTheDeclaredScaleAndRefuseHiddenRounding() {
        assertThat(ValueCaster.cast(AttributeType.decimal(12, 2), "4.5")).isEqualTo(new BigDecimal("4.50"));
        assertThat(ValueCaster.cast(AttributeType.decimal(12, 2), 3)).isEqualTo(new BigDecimal("3.00"));
        assertThat(code(AttributeType.decimal(12, 2), "1.005")).isEqualTo("too_many_decimals");
        assertThat(code(AttributeType.decimal(4, 2), "123.4")).isEqualTo("out_of_range");
        assertThat(code(AttributeType.decimal(4, 2), "abc")).isEqualTo("invalid_decimal");
    }

    @Test
    void timestampsBecomeUtcInstantsWithMicroseconds() {
        assertThat(ValueCaster.cast(AttributeType.timestamp(), OffsetDateTime.parse("2026-01-02T03:04:05.123456789+02:00")))
                .isEqualTo(Instant.parse("2026-01-02T01:04:05.123456Z"));
        assertThat(ValueCaster.cast(AttributeType.time(), LocalTime.parse("10:00:00.0000019"))).isEqualTo(LocalTime.parse("10:00:00.000001"));
        assertThat(code(AttributeType.timestamp(), Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("out_of_range");
        assertThat(code(AttributeType.timestamp(), "2026-01-02T03:04:05")).isEqualTo("invalid_timestamp");
    }

    @Test
    void integersMustFitSixtyFourBits() {
        assertThat(ValueCaster.cast(AttributeType.integer(), 5)).isEqualTo(5L);
        assertThat(code(AttributeType.integer(), new BigDecimal("1.5"))).isEqualTo("invalid_integer");
        assertThat(code(AttributeType.integer(), "9223372036854775808")).isEqualTo("invalid_integer");
        assertThat(code(AttributeType.integer(), 1.0)).isEqualTo("invalid_type");
    }

    @Test
    void textRefusesNulAndStringsTheirMaximumLength() {
        assertThat(code(AttributeType.text(), "a\0b")).isEqualTo("invalid_text");
        assertThat(code(AttributeType.string(3), "abcd")).isEqualTo("too_long");
        assertThat(code(AttributeType.string(3), "🙂🙂🙂")).isEqualTo("ok");
    }

    @Test
    void enumsUuidsAndJsonAreChecked() {
        AttributeType status = AttributeType.enumOf("new", "done");
        assertThat(code(status, "open")).isEqualTo("one_of");
        assertThat(ValueCaster.cast(AttributeType.enumOf(Thread.State.class), Thread.State.NEW)).isEqualTo("NEW");
        assertThat(code(AttributeType.uuid(), "not-a-uuid")).isEqualTo("invalid_uuid");
        assertThat(ValueCaster.cast(AttributeType.uuid(), "00000000-0000-0000-0000-000000000001"))
                .isEqualTo(new UUID(0, 1));
        assertThat(ValueCaster.cast(AttributeType.json(), Map.of("a", 1))).isEqualTo(Map.of("a", 1));
        assertThat(code(AttributeType.json(), "[1,2]")).isEqualTo("invalid_json");
        assertThat(code(AttributeType.json(), java.util.List.of(1))).isEqualTo("invalid_type");
    }
}
