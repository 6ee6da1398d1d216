package dev.ashlar.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the row store gets its prepared statements: a new one per call, or (for drivers that compile the SQL on
 * every {@code prepareStatement}, like SQLite's) statements kept per physical connection and reused.
 */
abstract sealed class PreparedStatements {

    /** Work with a statement that is ready to bind. */
    @FunctionalInterface
    interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    static PreparedStatements perCall() {
        return new PerCall();
    }

    /** Keeps up to {@code perConnection} statements per physical connection, least recently used out first. */
    static PreparedStatements cached(int perConnection) {
        return new Cached(perConnection);
    }

    /** Runs {@code work} with a statement for {@code sql} on {@code connection}. */
    abstract <T> T with(Connection connection, String sql, StatementWork<T> work) throws SQLException;

    private static final class PerCall extends PreparedStatements {
        @Override
        <T> T with(Connection connection, String sql, StatementWork<T> work) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return work.run(statement);
            }
        }
    }

    /**
     * Statements are prepared on the driver's own connection (unwrapped from the pool's proxy, which would close
     * them when the connection goes back to the pool) and keyed by it. A connection is used by one thread at a time,
     * so each connection's statements need no locking; only the map of connections is shared. Entries of connections
     * the pool has closed are dropped whenever a new connection shows up.
     */
    private static final class Cached extends PreparedStatements {
        private final int capacity;
        private final Map<Connection, Map<String, PreparedStatement>> byConnection = new IdentityHashMap<>();

        Cached(int capacity) {
            this.capacity = capacity;
        }

        @Override
        <T> T with(Connection pooled, String sql, StatementWork<T> work) throws SQLException {
            Connection connection = pooled.unwrap(Connection.class);
            Map<String, PreparedStatement> statements = statementsOf(connection);
            PreparedStatement statement = statements.remove(sql);
            if (statement == null || statement.isClosed()) {
                statement = connection.prepareStatement(sql);
            }
            boolean completed = false;
            try {
                T result = work.run(statement);
                completed = true;
                return result;
            } finally {
                if (completed) {
                    statements.put(sql, statement); // most recently used last; may evict the eldest
                } else {
                    closeQuietly(statement); // its state after a failure is not worth trusting
                }
            }
        }

        private Map<String, PreparedStatement> statementsOf(Connection connection) throws SQLException {
            synchronized (byConnection) {
                Map<String, PreparedStatement> statements = byConnection.get(connection);
                if (statements == null) {
                    dropClosedConnections();
                    statements = new LinkedHashMap<>(16, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                            if (size() <= capacity) {
                                return false;
                            }
                            closeQuietly(eldest.getValue());
                            return true;
                        }
                    };
                    byConnection.put(connection, statements);
                }
                return statements;
            }
        }

        private void dropClosedConnections() throws SQLException {
            for (Iterator<Connection> it = byConnection.keySet().iterator(); it.hasNext(); ) {
                if (it.next().isClosed()) {
                    it.remove();
                }
            }
        }

        private static void closeQuietly(PreparedStatement statement) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing a statement the driver already gave up on; nothing to do
            }
        }
    }
}
