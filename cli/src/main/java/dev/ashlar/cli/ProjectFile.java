package dev.ashlar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashlar.config.yaml.YamlText;
import java.nio.file.Path;

/**
 * The top-level keys of the config file that the CLI reads itself ({@code repos:} is read by
 * {@link dev.ashlar.config.AshlarConfig}):
 * <pre>
 * domain: com.example.shop.Shop        # the class holding the Domain
 * migrations: src/main/resources/db    # the migrations root, relative to the working directory
 * seeds: com.example.shop.ShopSeeds    # the Seeds class of 'ashlar seed' and 'ashlar reset'
 * </pre>
 */
record ProjectFile(String domain, String migrations, String seeds) {

    /** Reads the file; a YAML error names the line and column only, never the line's text (it may hold a password). */
    static ProjectFile read(Path file) {
        JsonNode root = YamlText.read(file);
        return new ProjectFile(text(root, "domain"), text(root, "migrations"), text(root, "seeds"));
    }

    private static String text(JsonNode root, String key) {
        JsonNode value = root == null ? null : root.get(key);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }
}
