package dev.ashlar.config.yaml;

import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.Redactor;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.config.Secret;
import dev.ashlar.config.Timeouts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.error.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    private static final String YAML = """
            repos:
              main:
                url: ${DATABASE_URL}
                user: app
                password: ${DATABASE_PASSWORD:-s3cret}
                pool-size: 7
              audit:
                url: jdbc:sqlite:${DATA_DIR:-data}/audit.db
                data-layer: sqlite
            """;

    @Test
    void readsReposAndInterpolatesTheEnvironment() {
        AshlarConfig config = AshlarConfigFile.parse(YAML, Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/app"));
        RepoConfig main = config.repo("main").orElseThrow();
        assertThat(main.url()).isEqualTo("jdbc:postgresql://db:5432/app");
        assertThat(main.password().reveal()).isEqualTo("s3cret");
        assertThat(main.poolSize()).isEqualTo(7);
        assertThat(config.repo("audit").orElseThrow().url()).isEqualTo("jdbc:sqlite:data/audit.db");
        assertThat(config.repo("audit").orElseThrow().dataLayer()).isEqualTo("sqlite");
    }

    @Test
    void aMissingVariableIsAnErrorNamingItAndTheFallbackSyntax() {
        assertThatThrownBy(() -> AshlarConfigFile.parse(YAML, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("repos.main.url").hasMessageContaining("${DATABASE_URL}")
                .hasMessageContaining(":-default");
    }

    @Test
    void unknownKeysAndBadNumbersAreRejected() {
        assertThatThrownBy(() -> AshlarConfigFile.parse("repos:\n  main:\n    url: x\n    pool_size: 3\n", Map.of()))
                .hasMessageContaining("unknown key 'pool_size'");
        assertThatThrownBy(() -> AshlarConfigFile.parse("repos:\n  main:\n    url: x\n    pool-size: many\n", Map.of()))
                .hasMessageContaining("pool-size: not a number");
        assertThatThrownBy(() -> AshlarConfigFile.parse("other: 1\n", Map.of())).hasMessageContaining("'repos'");
    }

    @Test
    void passwordsNeverAppearInToString() {
        RepoConfig repo = RepoConfig.of("main", "jdbc:postgresql://app:pw-in-url@db/app?password=pw-param&ssl=true",
                "app", "hunter2").withProperty("sslpassword", "keypass");
        String shown = repo.toString();
        assertThat(shown).doesNotContain("hunter2", "pw-in-url", "pw-param", "keypass").contains("ssl=true");
        assertThat(repo.redactedUrl()).isEqualTo("jdbc:postgresql://app:**redacted**@db/app?password=**redacted**&ssl=true");
        assertThat(Secret.of("x").toString()).isEqualTo("**redacted**");
    }

    @Test
    void redactorRemovesAGivenSecretFromFreeText() {
        assertThat(Redactor.text("login failed for hunter2 at jdbc:x://u:p@h", Secret.of("hunter2")))
                .isEqualTo("login failed for **redacted** at jdbc:x://u:**redacted**@h");
    }

    @Test
    void aYamlErrorNamesLineAndColumnButNeverQuotesTheLine() {
        String yaml = "repos:\n  main:\n    url: jdbc:sqlite:x.db\n    password: \"hunter2-leaks\" : oops\n";

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> AshlarConfigFile.parse(yaml, Map.of()));

        assertThat(thrown).isInstanceOf(ConfigurationException.class).hasMessageContaining("not valid YAML at line 4");
        java.io.StringWriter trace = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain("hunter2");
        assertThat(thrown.getCause()).isNull();
    }

    @Test
    void timeoutsAreReadPerRepo() {
        AshlarConfig config = AshlarConfigFile.parse("""
                repos:
                  main:
                    url: jdbc:postgresql://db/app
                    lock-timeout: 1500ms
                    statement-timeout: 2m
                  audit:
                    url: jdbc:sqlite:audit.db
                """, Map.of());

        assertThat(config.repo("main").orElseThrow().timeouts())
                .isEqualTo(new Timeouts(java.time.Duration.ofMillis(1500), java.time.Duration.ofMinutes(2)));
        assertThat(config.repo("audit").orElseThrow().timeouts()).isEqualTo(Timeouts.defaults());
        assertThat(Timeouts.defaults().lock()).isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(Timeouts.defaults().limitsStatements()).isFalse();
    }

    @Test
    void badTimeoutsAreRejectedNamingTheKey() {
        assertThatThrownBy(() -> AshlarConfigFile.parse("repos:\n  main:\n    url: x\n    lock-timeout: 5\n", Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("repos.main.lock-timeout").hasMessageContaining("500ms, 5s, 2m or 1h");
        assertThatThrownBy(() -> AshlarConfigFile.parse("repos:\n  main:\n    url: x\n    lock-timeout: 0s\n", Map.of()))
                .hasMessageContaining("lock-timeout: must be more than 0");
    }

    @Test
    void secretsIncludeUrlPasswordsAndSecretProperties() {
        RepoConfig repo = RepoConfig.of("main", "jdbc:postgresql://app:pw%40url@db/app?password=pw-param", "app",
                "hunter2").withProperty("sslpassword", "keypass");

        assertThat(repo.secrets()).extracting(Secret::reveal)
                .contains("hunter2", "pw%40url", "pw@url", "pw-param", "keypass");
        assertThat(Redactor.text("UnknownHostException: app:pw@url@db", repo.secrets()))
                .isEqualTo("UnknownHostException: app:**redacted**@db");
    }
}
