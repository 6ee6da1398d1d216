package dev.ashlar.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The terminal reporter shows runs longer than a second, throttled; without a console nothing is printed. */
class ProgressTest {

    @Test
    void longRunsShowRowsAndRateShortOnesNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressReporter reporter = ProgressReporter.printingTo(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        reporter.report(new Progress("User.create", 500, 2_000, Duration.ofMillis(300), false));
        reporter.report(new Progress("User.create", 1_000, 2_000, Duration.ofMillis(1_000), false));
        reporter.report(new Progress("User.create", 1_500, 2_000, Duration.ofMillis(1_100), false));
        reporter.report(new Progress("User.create", 2_000, 2_000, Duration.ofMillis(2_000), true));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\rUser.create: 1,000/2,000 rows, 1,000 rows/s\rUser.create: 2,000/2,000 rows, 1,000 rows/s"
                        + System.lineSeparator());
    }

    @Test
    void withoutATerminalNothingIsReported() {
        // surefire runs tests without a console, like a pipe
        assertThat(System.console()).isNull();
        assertThat(ProgressReporter.terminal()).isNotInstanceOf(TerminalProgress.class);
    }
}
