package dev.ashlar.tck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** One dialect's TCK report ({@code target/tck/<dialect>.json}): outcome and detail per {@code Class#method}. */
record DialectReport(String dialect, Map<String, String> outcomes, Map<String, String> details) {

    static DialectReport read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, String> outcomes = new TreeMap<>();
        Map<String, String> details = new TreeMap<>();
        for (JsonNode test : root.path("tests")) {
            String key = test.path("class").asText() + "#" + test.path("method").asText();
            outcomes.put(key, test.path("outcome").asText());
            details.put(key, test.path("detail").asText());
        }
        return new DialectReport(root.path("dialect").asText(), outcomes, details);
    }

    static Path locate(String module, String dialect) {
        return Path.of("..", module, "target", "tck", dialect + ".json");
    }

    boolean fullyUnavailable() {
        return !outcomes.isEmpty() && outcomes.values().stream().allMatch("unavailable"::equals);
    }

    long count(String outcome) {
        return outcomes.values().stream().filter(outcome::equals).count();
    }
}
