package dev.ashlar.sqlite.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.RollbackRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class SqliteMigrationLockTest {
    @TempDir
    Path tempDir;
    SqliteMigrationFixture db;

    @BeforeEach
    void setUp() {
        db = new SqliteMigrationFixture(tempDir);
        db.up("1", "log", "create table log (version text not null);\ninsert into log values ('1');\n");
        for (int v = 2; v <= 8; v++) {
            // a recursive CTE makes each migration take a moment, so the two runs overlap
            db.up(String.valueOf(v), "step_" + v, "create table t" + v + " (id integer primary key);\n"
                    + "insert into t" + v + " with recursive n(i) as (select 1 union all select i + 1 from n where i < 20000)"
                    + " select i from n;\ninsert into log values ('" + v + "');\n");
        }
    }

    @Test
    void twoThreadsMigratingAtOnceBothSucceedAndApplyEachMigrationOnce() throws Exception {
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
        assertThat(db.rows("select version from log order by cast(version as integer)"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(db.history()).hasSize(8);
    }

    @Test
    void migrateWaitsForAnotherProcessHoldingTheMigrationLockFile() throws Exception {
        Process holder = holdLockInAnotherProcess(Path.of(db.dbFile + ".migration.lock"));
        try {
            CompletableFuture<List<MigrationInfo>> run = CompletableFuture.supplyAsync(
                    () -> db.runner().migrate(db.source, MigrateRequest.all()));
            Thread.sleep(1_500);
            assertThat(run).isNotDone();

            holder.getOutputStream().close(); // the holder exits, the OS releases its lock
            assertThat(run.get(60, TimeUnit.SECONDS)).hasSize(8);
        } finally {
            holder.destroy();
        }
    }

    @Test
    void rollbackWaitsForAnotherProcessHoldingTheMigrationLockFile() throws Exception {
        db.runner().migrate(db.source, MigrateRequest.all());
        db.down("8", "step_8", "drop table t8;\ndelete from log where version = '8';\n");
        Process holder = holdLockInAnotherProcess(Path.of(db.dbFile + ".migration.lock"));
        try {
            CompletableFuture<List<MigrationInfo>> run = CompletableFuture.supplyAsync(
                    () -> db.runner().rollback(db.source, RollbackRequest.last(1)));
            Thread.sleep(1_500);
            assertThat(run).isNotDone();
            assertThat(db.history()).hasSize(8);

            holder.getOutputStream().close();
            assertThat(run.get(60, TimeUnit.SECONDS)).extracting(MigrationInfo::version).containsExactly("8");
        } finally {
            holder.destroy();
        }
    }

    /** Starts a JVM that locks {@code file} with FileChannel.lock, prints "locked", and exits when stdin closes. */
    private Process holdLockInAnotherProcess(Path file) throws Exception {
        Path source = tempDir.resolve("HoldLock.java");
        Files.writeString(source, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class HoldLock {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE); var lock = c.lock()) {
                            System.out.println("locked");
                            System.out.flush();
                            while (System.in.read() >= 0) { }
                        }
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, source.toString(), file.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("lock holder output").isEqualTo("locked");
        return process;
    }
}
