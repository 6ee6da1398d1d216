package dev.ashlar.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written timestamp text must agree with the formatter it replaces, value for value. */
class TimestampTextTest {

    @Test
    void formatsAndParsesLikeTheFormatterAcrossTheWholeRange() {
        Random random = new Random(42);
        long min = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(min + (long) (random.nextDouble() * (max - min)),
                    random.nextInt(1_000_000) * 1000L);
            String expected = TimestampText.FORMAT.format(instant);
            assertThat(TimestampText.format(instant)).isEqualTo(expected);
            assertThat(TimestampText.parse(expected)).isEqualTo(instant);
        }
    }

    @Test
    void boundariesAndLeapDays() {
        for (String text : new String[] {"0001-01-01T00:00:00.000000Z", "9999-12-31T23:59:59.999999Z",
                "1970-01-01T00:00:00.000000Z", "1969-12-31T23:59:59.999999Z", "2024-02-29T12:00:00.000001Z",
                "1900-03-01T00:00:00.500000Z"}) {
            Instant instant = Instant.parse(text);
            assertThat(TimestampText.format(instant)).isEqualTo(text);
            assertThat(TimestampText.parse(text)).isEqualTo(instant);
        }
        Instant nanos = Instant.parse("2026-11-21T10:00:00.123456789Z");
        assertThat(TimestampText.format(nanos)).isEqualTo(TimestampText.FORMAT.format(nanos))
                .isEqualTo("2026-11-21T10:00:00.123456Z");
        assertThat(TimestampText.format(nanos.truncatedTo(ChronoUnit.SECONDS))).endsWith(":00.000000Z");
    }

    @Test
    void oddTextGivesWhatTheFormatterGives() {
        // The formatter resolves smartly (24:00 is the next midnight, February 29 of a common year the 28th) and
        // rejects the rest; the fast path hands every such text to it.
        for (String odd : new String[] {"2023-02-29T00:00:00.000000Z", "2026-01-01T24:00:00.000000Z",
                "2026-04-31T00:00:00.000000Z"}) {
            assertThat(TimestampText.parse(odd)).as(odd).isEqualTo(TimestampText.FORMAT.parse(odd, Instant::from));
        }
        for (String bad : new String[] {"2026-13-01T00:00:00.000000Z", "2026-01-32T00:00:00.000000Z",
                "2026-01-01T25:00:00.000000Z", "2026-01-01T00:00:00.00000xZ", "2026-01-01 00:00:00", ""}) {
            assertThatThrownBy(() -> TimestampText.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
