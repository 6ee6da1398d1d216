package dev.ashlar.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.spi.Capability;
import dev.ashlar.sql.JdbcDataLayer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteConnectionSetupTest {
    @TempDir
    Path dir;

    private JdbcDataLayer open() {
        return (JdbcDataLayer) new SqliteProvider().open(RepoConfig.of("main", "jdbc:sqlite:" + dir.resolve("x.db"))
                .withPoolSize(3));
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("pragma " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void everyPooledConnectionEnforcesForeignKeysWaitsWhenBusyAndUsesWal() throws SQLException {
        try (JdbcDataLayer layer = open()) {
            List<Connection> held = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    held.add(layer.dataSource().getConnection());
                }
                for (Connection c : held) {
                    assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
                    assertThat(Integer.parseInt(pragma(c, "busy_timeout"))).isGreaterThanOrEqualTo(5000);
                    assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
                }
            } finally {
                for (Connection c : held) {
                    c.close();
                }
            }
        }
    }

    @Test
    void writersAreSerialisedWithinTheProcess() throws Exception {
        try (JdbcDataLayer layer = open()) {
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger maxInside = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    return layer.transactions().inTransaction(() -> {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        inside.decrementAndGet();
                        return null;
                    });
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(maxInside.get()).isEqualTo(1);
        }
    }

    @Test
    void sqliteDeclaresItsCapabilitiesAndLimitsFromTheLiveConnection() {
        try (JdbcDataLayer layer = open()) {
            assertThat(layer.capabilities()).doesNotContain(Capability.NULLS_NOT_DISTINCT, Capability.ROW_LOCKS,
                    Capability.CONCURRENT_WRITERS, Capability.EXACT_DECIMAL_COMPARISON);
            assertThat(layer.limits().maxBindParameters()).isEqualTo(250_000);
        }
    }

    @Test
    void anUnopenableFileIsATypedErrorNamingTheRepo() {
        RepoConfig bad = RepoConfig.of("main", "jdbc:sqlite:" + dir.resolve("missing-dir/sub/x.db"));
        assertThatThrownBy(() -> new SqliteProvider().open(bad))
                .isInstanceOf(DataLayerException.class).hasMessageContaining("cannot open repo main");
    }

    @Test
    void storageCreatesAndDeletesTheFileWithItsWalAndShm() throws Exception {
        RepoConfig repo = RepoConfig.of("main", "jdbc:sqlite:" + dir.resolve("s/app.db"));
        var storage = new SqliteProvider().storage(repo);
        assertThat(storage.exists()).isFalse();
        assertThat(storage.create()).isTrue();
        assertThat(storage.create()).isFalse();
        try (var layer = new SqliteProvider().open(repo)) {
            layer.transactions().inTransaction(() -> null);
        }
        assertThat(storage.drop(false)).isTrue();
        assertThat(dir.resolve("s").toFile().list()).isEmpty();
    }

    @Test
    void theLockTimeoutBoundsTheBusyWaitAndAStatementTimeoutIsRefused() throws Exception {
        RepoConfig repo = RepoConfig.of("main", "jdbc:sqlite:" + dir.resolve("t.db"))
                .withTimeouts(dev.ashlar.config.Timeouts.defaults().withLock(java.time.Duration.ofMillis(1234)));
        try (JdbcDataLayer layer = (JdbcDataLayer) new SqliteProvider().open(repo);
             Connection c = layer.dataSource().getConnection()) {
            assertThat(pragma(c, "busy_timeout")).isEqualTo("1234");
        }

        assertThatThrownBy(() -> new SqliteProvider().open(repo.withTimeouts(
                dev.ashlar.config.Timeouts.defaults().withStatement(java.time.Duration.ofSeconds(5)))))
                .isInstanceOf(dev.ashlar.error.ConfigurationException.class)
                .hasMessageContaining("statement-timeout is not supported by sqlite");
    }
}
