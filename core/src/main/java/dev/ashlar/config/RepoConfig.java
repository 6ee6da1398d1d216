package dev.ashlar.config;

import org.jspecify.annotations.Nullable;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How to reach one repo (named database).
 *
 * @param name       the repo name resources refer to
 * @param url        JDBC URL
 * @param user       user name, or empty
 * @param password   password, never printed
 * @param poolSize   maximum pooled connections
 * @param dataLayer  explicit provider id, or {@code null} to choose by URL
 * @param properties extra driver properties
 * @param timeouts   how long work may wait for locks and statements
 */
public record RepoConfig(String name, String url, @Nullable String user, @Nullable Secret password, int poolSize,
                         @Nullable String dataLayer,
                         Map<String, String> properties, Timeouts timeouts) {

    public static final int DEFAULT_POOL_SIZE = 5;

    public RepoConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? Secret.empty() : password;
        properties = Map.copyOf(properties);
        timeouts = timeouts == null ? Timeouts.defaults() : timeouts;
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be >= 1, got " + poolSize);
        }
    }

    /** A repo with the default timeouts. */
    public RepoConfig(String name, String url, @Nullable String user, @Nullable Secret password, int poolSize,
                      @Nullable String dataLayer,
                      Map<String, String> properties) {
        this(name, url, user, password, poolSize, dataLayer, properties, Timeouts.defaults());
    }

    public static RepoConfig of(String name, String url) {
        return new RepoConfig(name, url, "", Secret.empty(), DEFAULT_POOL_SIZE, null, Map.of());
    }

    public static RepoConfig of(String name, String url, String user, String password) {
        return new RepoConfig(name, url, user, Secret.of(password), DEFAULT_POOL_SIZE, null, Map.of());
    }

    public RepoConfig withPoolSize(int size) {
        return new RepoConfig(name, url, user, password, size, dataLayer, properties, timeouts);
    }

    public RepoConfig withDataLayer(String providerId) {
        return new RepoConfig(name, url, user, password, poolSize, providerId, properties, timeouts);
    }

    public RepoConfig withUrl(String otherUrl) {
        return new RepoConfig(name, otherUrl, user, password, poolSize, dataLayer, properties, timeouts);
    }

    public RepoConfig withProperty(String key, String value) {
        Map<String, String> all = new TreeMap<>(properties);
        all.put(key, value);
        return new RepoConfig(name, url, user, password, poolSize, dataLayer, all, timeouts);
    }

    public RepoConfig withTimeouts(Timeouts value) {
        return new RepoConfig(name, url, user, password, poolSize, dataLayer, properties, value);
    }

    /**
     * Everything of this config that must never be printed: the password, a password inside the URL (user-info or
     * a {@code password=} parameter) and the values of password-like driver properties.
     */
    public Set<Secret> secrets() {
        Set<Secret> all = new LinkedHashSet<>();
        all.add(password);
        all.addAll(Redactor.secretsIn(url));
        properties.forEach((k, v) -> {
            if (Redactor.isSecretKey(k)) {
                all.add(Secret.of(v));
            }
        });
        all.remove(Secret.empty());
        return Set.copyOf(all);
    }

    /** The URL safe to print. */
    public String redactedUrl() {
        return Redactor.url(url);
    }

    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        properties.forEach((k, v) -> shown.put(k, Redactor.isSecretKey(k) ? "**redacted**" : v));
        return "RepoConfig[name=" + name + ", url=" + redactedUrl() + ", user=" + user + ", password=" + password
                + ", poolSize=" + poolSize + ", dataLayer=" + dataLayer + ", properties=" + shown + ", timeouts=" + timeouts
                + "]";
    }
}
