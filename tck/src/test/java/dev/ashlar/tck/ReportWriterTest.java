package dev.ashlar.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static TckReport report() {
        TckReport report = new TckReport("demo");
        report.record(new TestResult("ZTest", "b", Outcome.PASSED, ""));
        report.record(new TestResult("ATest", "z", Outcome.FAILED, "java.lang.AssertionError: \nExpecting | pipe\n  x"));
        report.record(new TestResult("ATest", "a", Outcome.SKIPPED_BY_CAPABILITY, "capability-absent:ROW_LOCKS:demo"));
        report.record(new TestResult("MTest", "m", Outcome.EXPECTED_FAILURE, "bug 1"));
        return report;
    }

    @Test
    void countsEveryOutcome() {
        TckReport report = report();

        assertThat(report.run()).isEqualTo(3);
        assertThat(report.counts()).containsEntry(Outcome.PASSED, 1).containsEntry(Outcome.FAILED, 1)
                .containsEntry(Outcome.SKIPPED_BY_CAPABILITY, 1).containsEntry(Outcome.EXPECTED_FAILURE, 1)
                .containsEntry(Outcome.UNAVAILABLE, 0);
        assertThat(report.summary()).isEqualTo("Ashlar TCK [demo]: 3 run, 1 passed, 1 failed, 1 skipped by capability, "
                + "1 expected failures, 0 unavailable");
    }

    @Test
    void writesSortedJsonAndAMarkdownTable(@TempDir Path dir) throws IOException {
        Path json = new ReportWriter(dir).write(report(), List.of("Gone#test"));

        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isSorted();
        List<String> order = new ArrayList<>();
        root.get("tests").forEach(t -> order.add(t.get("class").asText() + "#" + t.get("method").asText()));
        assertThat(order).containsExactly("ATest#a", "ATest#z", "MTest#m", "ZTest#b");
        assertThat(root.get("summary").get("skipped-by-capability").asInt()).isEqualTo(1);
        assertThat(Files.readString(json)).contains("\n  \"dialect\" : \"demo\"");

        String md = Files.readString(dir.resolve("demo.md"));
        assertThat(md).contains("| 3 | 1 | 1 | 1 | 1 | 0 | 0 | 0 |")
                .contains("| ATest#a | skipped-by-capability | capability-absent:ROW_LOCKS:demo |")
                .contains("| ATest#z | failed | java.lang.AssertionError: Expecting \\| pipe x |")
                .contains("Gone#test");
    }
}
