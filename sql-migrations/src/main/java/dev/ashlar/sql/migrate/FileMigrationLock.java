package dev.ashlar.sql.migrate;

import dev.ashlar.migration.spi.MigrationException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a file beside a file database ({@code <db>.migration.lock}), for dialects whose Flyway
 * support does not lock (SQLite). {@link FileChannel#lock()} excludes other processes but throws
 * {@link java.nio.channels.OverlappingFileLockException} for a second channel in the same JVM, so threads of this
 * process first queue on one in-process lock per file. The lock file is left in place: deleting it would let two
 * processes lock two different files of the same name.
 */
public final class FileMigrationLock {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;

    public FileMigrationLock(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The lock file next to a database file. */
    public static FileMigrationLock beside(Path databaseFile) {
        return new FileMigrationLock(Path.of(databaseFile + ".migration.lock"));
    }

    public Path file() {
        return file;
    }

    /** Blocks until this thread holds the lock in this process and the process holds it on the file. */
    public MigrationHooks.Held acquire() {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        if (local.getHoldCount() > 1) { // re-entered by the same thread: the file is already locked
            return local::unlock;
        }
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock held = channel.lock();
                return () -> {
                    try (channel) {
                        held.release();
                    } catch (IOException e) {
                        throw new MigrationException("cannot release the migration lock " + file + ": "
                                + e.getMessage(), e);
                    } finally {
                        local.unlock();
                    }
                };
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw new MigrationException("cannot take the migration lock " + file + ": " + e.getMessage()
                    + "; check that its folder is writable", e);
        }
    }
}
