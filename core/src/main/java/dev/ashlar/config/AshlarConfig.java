package dev.ashlar.config;

import dev.ashlar.error.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The repos of an application, by name: a value built in code ({@link #of}) or read from YAML with
 * {@code dev.ashlar.config.yaml.AshlarConfigFile} (artifact ashlar-config), which this module does not need.
 */
public record AshlarConfig(Map<String, RepoConfig> repos) {

    public AshlarConfig {
        repos = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(repos));
    }

    public static AshlarConfig of(RepoConfig... configs) {
        Map<String, RepoConfig> all = new LinkedHashMap<>();
        for (RepoConfig c : configs) {
            if (all.put(c.name(), c) != null) {
                throw new ConfigurationException("repo " + c.name() + " is configured twice");
            }
        }
        return new AshlarConfig(all);
    }

    public Optional<RepoConfig> repo(String name) {
        return Optional.ofNullable(repos.get(name));
    }
}
