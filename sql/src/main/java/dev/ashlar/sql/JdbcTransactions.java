package dev.ashlar.sql;

import dev.ashlar.error.AshlarException;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.spi.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Thread-bound transactions over a pooled data source. Nested calls join the outer transaction. Rollback-only
 * policy on every dialect: once anything inside a transaction has failed, the transaction rolls back even if the
 * failure was caught (PostgreSQL would refuse to go on anyway; SQLite would happily commit half the work).
 */
final class JdbcTransactions implements Transactions {
    private final DataSource dataSource;
    private final WriterLock writers;
    private final ErrorTranslator errors;
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    /** One running transaction. */
    private static final class Tx {
        final Connection connection;
        boolean rollbackOnly;

        Tx(Connection connection) {
            this.connection = connection;
        }
    }

    /** Work done on a connection. */
    @FunctionalInterface
    interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * @param writers held for the length of every transaction where the dialect has one writer, else
     *                {@link WriterLock#none()}
     */
    JdbcTransactions(DataSource dataSource, WriterLock writers, ErrorTranslator errors) {
        this.dataSource = dataSource;
        this.writers = writers;
        this.errors = errors;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Tx running = current.get();
        if (running != null) {
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                running.rollbackOnly = true;
                throw e;
            }
        }
        try (WriterLock.Held held = writers.acquire(); Connection connection = dataSource.getConnection()) {
            return runOutermost(connection, work);
        } catch (SQLException e) {
            throw errors.translate(e, ErrorTranslator.Context.of(null, ErrorTranslator.Operation.TRANSACTION));
        }
    }

    private <T> T runOutermost(Connection connection, Supplier<T> work) throws SQLException {
        connection.setAutoCommit(false);
        Tx tx = new Tx(connection);
        current.set(tx);
        try {
            T result = work.get();
            if (tx.rollbackOnly) {
                connection.rollback();
                throw new DataLayerException("transaction rolled back: a statement inside it failed earlier "
                        + "(the failure was caught, but a failed transaction never commits)");
            }
            connection.commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(connection, e);
            throw e;
        } finally {
            current.remove();
            connection.setAutoCommit(true);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public boolean active() {
        return current.get() != null;
    }

    /** Runs {@code work} inside the current transaction, or inside a new one. SQL errors are translated. */
    <T> T write(ErrorTranslator.Context context, ConnectionWork<T> work) {
        return inTransaction(() -> onConnection(context, work));
    }

    /**
     * Runs one statement's worth of {@code work}: inside the current transaction if there is one, else in
     * auto-commit mode, where the single statement is atomic by itself (no BEGIN/COMMIT round trips). Writers are
     * still serialised where the dialect needs it.
     */
    <T> T writeOneStatement(ErrorTranslator.Context context, ConnectionWork<T> work) {
        if (current.get() != null) {
            return onConnection(context, work);
        }
        try (WriterLock.Held held = writers.acquire()) {
            return read(context, work);
        }
    }

    /** Runs {@code work} on the transaction's connection, or on a pooled connection in auto-commit mode. */
    <T> T read(ErrorTranslator.Context context, ConnectionWork<T> work) {
        if (current.get() != null) {
            return onConnection(context, work);
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw errors.translate(e, context);
        }
    }

    private <T> T onConnection(ErrorTranslator.Context context, ConnectionWork<T> work) {
        Tx tx = current.get();
        try {
            return work.run(tx.connection);
        } catch (SQLException e) {
            tx.rollbackOnly = true;
            AshlarException translated = errors.translate(e, context);
            throw translated;
        }
    }
}
