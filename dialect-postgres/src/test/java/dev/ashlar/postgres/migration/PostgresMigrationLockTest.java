package dev.ashlar.postgres.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationRunner;
import dev.ashlar.migration.spi.RollbackRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class PostgresMigrationLockTest {
    @TempDir
    Path tempDir;
    PostgresMigrationFixture db;

    @BeforeEach
    void setUp() {
        db = new PostgresMigrationFixture(tempDir);
    }

    @AfterEach
    void dropSchema() {
        db.close();
    }

    @Test
    void twoThreadsMigratingAtOnceBothSucceedAndApplyEachMigrationOnce() throws Exception {
        db.up("1", "log", "create table log (version int not null);\ninsert into log values (1);\n");
        for (int v = 2; v <= 8; v++) {
            db.up(String.valueOf(v), "step_" + v, "create table t" + v + " (id int);\nselect pg_sleep(0.1);\n"
                    + "insert into log values (" + v + ");\n");
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<MigrationInfo>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return db.runner().migrate(db.source, MigrateRequest.all());
                }));
            }
            int applied = 0;
            for (Future<List<MigrationInfo>> run : runs) {
                applied += run.get(60, TimeUnit.SECONDS).size();
            }
            assertThat(applied).isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.rows("select version from log order by version"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(db.history()).hasSize(8);
    }

    @Test
    void rollbackWaitsForTheAdvisoryLockFlywayTakesForMigrate() throws Exception {
        // The runner's connections carry a name of their own, so the migration can find the advisory lock that
        // Flyway holds (on another of those connections) while it applies the migration.
        String app = "ashlar-" + db.schema;
        MigrationRunner runner = PostgresMigrationFixture.runner(db.repo.withProperty("ApplicationName", app));
        db.up("1", "record_lock", """
                create table seen_lock as
                  select (l.classid::bigint << 32) | l.objid::bigint as key from pg_locks l
                    join pg_stat_activity a on a.pid = l.pid
                   where l.locktype = 'advisory' and l.objsubid = 1 and l.granted and a.application_name = '%s';
                """.formatted(app));
        db.down("1", "record_lock", "drop table seen_lock;\n");
        runner.migrate(db.source, MigrateRequest.all());
        List<String> keys = db.rows("select key from seen_lock");
        assertThat(keys).as("advisory lock held by Flyway during migrate").hasSize(1);
        long flywayKey = Long.parseLong(keys.getFirst());

        try (Connection other = db.connect()) {
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, flywayKey);
                lock.execute();
            }
            CompletableFuture<List<MigrationInfo>> rollback = CompletableFuture.supplyAsync(
                    () -> runner.rollback(db.source, RollbackRequest.last(1)));
            Thread.sleep(1_500);
            assertThat(rollback).isNotDone();
            assertThat(db.history()).hasSize(1);

            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, flywayKey);
                unlock.execute();
            }
            assertThat(rollback.get(30, TimeUnit.SECONDS)).extracting(MigrationInfo::version).containsExactly("1");
        }
        assertThat(db.history()).isEmpty();
    }
}
