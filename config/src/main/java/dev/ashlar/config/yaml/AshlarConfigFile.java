package dev.ashlar.config.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.DurationText;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.config.Secret;
import dev.ashlar.config.Timeouts;
import dev.ashlar.error.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@link AshlarConfig} from YAML, interpolating {@code ${ENV}} and {@code ${ENV:-default}}:
 * <pre>
 * repos:
 *   main:
 *     url: ${DATABASE_URL:-jdbc:sqlite:app.db}
 *     user: app
 *     password: ${DATABASE_PASSWORD:-}
 *     pool-size: 10
 *     data-layer: postgres      # optional; chosen by URL otherwise
 *     properties: { ssl: "true" }
 *     lock-timeout: 5s          # optional, default 10s: how long a write waits for a lock
 *     statement-timeout: 30s    # optional, PostgreSQL only, default none
 * </pre>
 * A YAML error names the line and column, never the line's text (it may hold a password).
 */
public final class AshlarConfigFile {

    private AshlarConfigFile() {
    }

    /** Reads a YAML file, interpolating {@code ${ENV}} from the process environment. */
    public static AshlarConfig load(Path file) {
        return parse(YamlText.read(file), file.toString(), EnvironmentInterpolator.system());
    }

    /** Reads YAML text with the given variables (for tests and embedding). */
    public static AshlarConfig parse(String yaml, Map<String, String> variables) {
        try (InputStream in = new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return parse(YamlText.read(in, "config"), "config", EnvironmentInterpolator.of(variables));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read config: " + e.getClass().getSimpleName());
        }
    }

    private static AshlarConfig parse(JsonNode root, String source, EnvironmentInterpolator env) {
        JsonNode repos = root == null ? null : root.get("repos");
        if (repos == null || !repos.isObject() || repos.isEmpty()) {
            throw new ConfigurationException(source + ": expected a 'repos' map with at least one repo");
        }
        Map<String, RepoConfig> all = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : repos.properties()) {
            all.put(e.getKey(), repo(e.getKey(), e.getValue(), source + ": repos." + e.getKey(), env));
        }
        return AshlarConfig.of(all.values().toArray(RepoConfig[]::new));
    }

    private static final List<String> KNOWN_KEYS =
            List.of("url", "user", "password", "pool-size", "data-layer", "properties", "lock-timeout",
                    "statement-timeout");

    private static RepoConfig repo(String name, JsonNode node, String where, EnvironmentInterpolator env) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KNOWN_KEYS.contains(key)) {
                throw new ConfigurationException(where + ": unknown key '" + key + "'; known keys are " + KNOWN_KEYS);
            }
        }
        String url = env.interpolate(text(node, "url"), where + ".url");
        if (url == null || url.isBlank()) {
            throw new ConfigurationException(where + ": 'url' is required");
        }
        String pool = env.interpolate(text(node, "pool-size"), where + ".pool-size");
        Map<String, String> properties = new LinkedHashMap<>();
        JsonNode props = node.get("properties");
        if (props != null) {
            props.properties().forEach(p -> properties.put(p.getKey(),
                    env.interpolate(p.getValue().asText(), where + ".properties." + p.getKey())));
        }
        int poolSize;
        try {
            poolSize = pool == null ? RepoConfig.DEFAULT_POOL_SIZE : Integer.parseInt(pool.trim());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(where + ".pool-size: not a number: " + pool);
        }
        String dataLayer = env.interpolate(text(node, "data-layer"), where + ".data-layer");
        return new RepoConfig(name, url, env.interpolate(text(node, "user"), where + ".user"),
                Secret.of(env.interpolate(text(node, "password"), where + ".password")), poolSize,
                dataLayer == null || dataLayer.isBlank() ? null : dataLayer, properties, timeouts(node, where, env));
    }

    private static Timeouts timeouts(JsonNode node, String where, EnvironmentInterpolator env) {
        Timeouts timeouts = Timeouts.defaults();
        String lock = env.interpolate(text(node, "lock-timeout"), where + ".lock-timeout");
        if (lock != null) {
            Duration value = DurationText.parse(lock, where + ".lock-timeout");
            if (value.isZero()) {
                throw new ConfigurationException(where + ".lock-timeout: must be more than 0 (a write never waits "
                        + "without bound)");
            }
            timeouts = timeouts.withLock(value);
        }
        String statement = env.interpolate(text(node, "statement-timeout"), where + ".statement-timeout");
        if (statement != null) {
            timeouts = timeouts.withStatement(DurationText.parse(statement, where + ".statement-timeout"));
        }
        return timeouts;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
