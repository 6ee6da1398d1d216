package dev.ashlar.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.spi.Capability;
import dev.ashlar.spi.DataLayer;
import dev.ashlar.spi.Storage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresConnectionTest {
    private static final PostgresTckTarget TARGET = new PostgresTckTarget();
    private static final String BASE = System.getenv().getOrDefault("ASHLAR_PG_URL",
            "jdbc:postgresql://localhost:5432/postgres");

    @BeforeAll
    static void postgresIsThere() {
        TARGET.requireServer();
    }

    @Test
    void capabilitiesComeFromTheLiveServer() throws Exception {
        RepoConfig repo = TARGET.freshRepo("main");
        try (DataLayer layer = new PostgresProvider().open(repo);
             Connection c = DriverManager.getConnection(BASE, "postgres", "postgres")) {
            int major = c.getMetaData().getDatabaseMajorVersion();
            assertThat(layer.capabilities().contains(Capability.NULLS_NOT_DISTINCT)).isEqualTo(major >= 15);
            assertThat(layer.capabilities()).contains(Capability.EXACT_DECIMAL_COMPARISON, Capability.ROW_LOCKS,
                    Capability.CONCURRENT_WRITERS);
            assertThat(layer.limits().maxBindParameters()).isEqualTo(65_535);
        } finally {
            TARGET.dispose(repo);
        }
    }

    @Test
    void anUnreachableServerIsATypedErrorWithoutThePassword() {
        RepoConfig repo = RepoConfig.of("main", "jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=2",
                "postgres", "t0p-s3cret");
        assertThatThrownBy(() -> new PostgresProvider().open(repo))
                .isInstanceOf(DataLayerException.class)
                .hasMessageContaining("cannot open repo main")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("t0p-s3cret"));
    }

    @Test
    void storageCreatesAndDropsADatabaseAndRefusesToDropOneInUse() {
        String name = "ashlar_storage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        RepoConfig repo = RepoConfig.of("main", BASE.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"),
                "postgres", "postgres");
        Storage storage = new PostgresProvider().storage(repo);
        assertThat(storage.exists()).isFalse();
        assertThat(storage.create()).isTrue();
        assertThat(storage.create()).isFalse();
        try (DataLayer inUse = new PostgresProvider().open(repo)) {
            assertThatThrownBy(() -> storage.drop(false)).isInstanceOf(DataLayerException.class)
                    .hasMessageContaining("in use");
            assertThat(storage.exists()).isTrue();
            assertThat(storage.drop(true)).isTrue();
        }
        assertThat(storage.exists()).isFalse();
        assertThat(storage.drop(false)).isFalse();
    }
}
