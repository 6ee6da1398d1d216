package dev.ashlar.spi;

/** Creating and dropping a repo's database (PostgreSQL database, SQLite file). */
public interface Storage {
    boolean exists();

    /** Creates the database; returns {@code false} when it already existed. */
    boolean create();

    /**
     * Drops the database; returns {@code false} when it did not exist.
     *
     * @param force also when other sessions are connected (they are terminated)
     */
    boolean drop(boolean force);
}
