package dev.ashlar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The two top-level keys of the config file that the CLI reads itself ({@code repos:} is read by
 * {@link dev.ashlar.config.AshlarConfig}):
 * <pre>
 * domain: com.example.shop.Shop        # the class holding the Domain
 * migrations: src/main/resources/db    # the migrations root, relative to the working directory
 * </pre>
 */
record ProjectFile(String domain, String migrations) {

    static ProjectFile read(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            return new ProjectFile(text(root, "domain"), text(root, "migrations"));
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode root, String key) {
        JsonNode value = root == null ? null : root.get(key);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }
}
