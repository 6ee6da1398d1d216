package dev.ashlar.tck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a run's report as {@code <dialect>.json} (sorted keys, pretty) and {@code <dialect>.md}. */
final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path directory;

    ReportWriter(Path directory) {
        this.directory = directory;
    }

    /** Writes both files and returns the JSON file's path. */
    Path write(TckReport report, List<String> unmatchedExpectedFailures) {
        try {
            Files.createDirectories(directory);
            Path json = directory.resolve(report.dialect() + ".json");
            JSON.writeValue(json.toFile(), tree(report, unmatchedExpectedFailures));
            Files.writeString(directory.resolve(report.dialect() + ".md"), markdown(report, unmatchedExpectedFailures),
                    StandardCharsets.UTF_8);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the TCK report to " + directory, e);
        }
    }

    static Map<String, Object> tree(TckReport report, List<String> unmatched) {
        Map<String, Object> summary = new TreeMap<>();
        summary.put("run", report.run());
        report.counts().forEach((outcome, n) -> summary.put(outcome.label(), n));
        List<Map<String, Object>> tests = new ArrayList<>();
        for (TestResult r : report.results()) {
            Map<String, Object> test = new TreeMap<>();
            test.put("class", r.testClass());
            test.put("method", r.method());
            test.put("outcome", r.outcome().label());
            test.put("detail", r.detail());
            tests.add(test);
        }
        Map<String, Object> root = new TreeMap<>();
        root.put("dialect", report.dialect());
        root.put("summary", summary);
        root.put("tests", tests);
        root.put("unmatchedExpectedFailures", unmatched.stream().sorted().toList());
        return root;
    }

    static String markdown(TckReport report, List<String> unmatched) {
        Map<Outcome, Integer> c = report.counts();
        StringBuilder md = new StringBuilder();
        md.append("# Ashlar TCK report: ").append(report.dialect()).append("\n\n");
        md.append("| run | passed | failed | skipped by capability | expected failures | unavailable | aborted | disabled |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append("| ").append(report.run()).append(" | ").append(c.get(Outcome.PASSED)).append(" | ")
                .append(c.get(Outcome.FAILED)).append(" | ").append(c.get(Outcome.SKIPPED_BY_CAPABILITY)).append(" | ")
                .append(c.get(Outcome.EXPECTED_FAILURE)).append(" | ").append(c.get(Outcome.UNAVAILABLE)).append(" | ")
                .append(c.get(Outcome.ABORTED)).append(" | ").append(c.get(Outcome.DISABLED)).append(" |\n\n");
        md.append("| test | outcome | detail |\n|---|---|---|\n");
        for (TestResult r : report.results()) {
            md.append("| ").append(r.key()).append(" | ").append(r.outcome().label()).append(" | ")
                    .append(cell(r.detail())).append(" |\n");
        }
        if (!unmatched.isEmpty()) {
            md.append("\nExpected failures that matched no test of this run: ")
                    .append(String.join(", ", unmatched.stream().sorted().toList())).append('\n');
        }
        return md.toString();
    }

    /** One table cell: whitespace collapsed to single spaces, pipes escaped, at most 300 characters. */
    static String cell(String text) {
        String line = text.strip().replaceAll("\\s+", " ").replace("|", "\\|");
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
