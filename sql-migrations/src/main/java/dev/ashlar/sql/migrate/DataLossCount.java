package dev.ashlar.sql.migrate;

import dev.ashlar.migration.spi.DataLoss;
import dev.ashlar.migration.spi.MigrationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts, in the database, what the down scripts of a rollback's targets would lose: the rows of each table and
 * the non-null values of each column their {@code -- destructive:} lines name. An older target's script runs
 * against the schema the newer targets' scripts leave (a table renamed back, a column re-added empty), so the
 * newer scripts are run first, in one transaction that is always rolled back: the count is of what the rollback
 * itself would meet, and nothing changes.
 */
final class DataLossCount {
    private DataLossCount() {
    }

    /** What is lost, target by target (newest first); empty when every named table and column is empty. */
    static List<DataLoss> count(MigrationHooks hooks, Connection connection, List<Entry> targets, DownScripts downs)
            throws SQLException {
        int last = lastLosing(targets);
        if (last < 0) {
            return List.of();
        }
        List<DataLoss> found = new ArrayList<>();
        connection.setAutoCommit(false);
        try {
            for (int i = 0; i <= last; i++) {
                Entry target = targets.get(i);
                for (String line : target.losses()) {
                    count(connection, target, line, hooks).ifPresent(found::add);
                }
                if (i < last && !rehearse(hooks, connection, downs, target)) {
                    break; // the rollback itself stops at this script, so the older ones never run
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        return List.copyOf(found);
    }

    private static int lastLosing(List<Entry> targets) {
        for (int i = targets.size() - 1; i >= 0; i--) {
            if (!targets.get(i).losses().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<DataLoss> count(Connection connection, Entry target, String line,
                                            MigrationHooks hooks) {
        DeclaredLoss loss = DeclaredLoss.parse(line).orElseThrow(() -> uncountable(target, line,
                "the line is not one Ashlar writes"));
        long n;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(loss.countQuery())) {
            rs.next();
            n = rs.getLong(1);
        } catch (SQLException e) {
            throw uncountable(target, line, new Failures(hooks).databaseError(e));
        }
        return n == 0 ? Optional.empty() : Optional.of(new DataLoss(
                target.version().getVersion(), loss.kind(), loss.table(), loss.column(), n));
    }

    /** Runs a newer target's down script, so the next one is counted against the schema it would meet. */
    private static boolean rehearse(MigrationHooks hooks, Connection connection, DownScripts downs, Entry target) {
        try {
            hooks.executeScript(connection, DownScripts.read(downs.find(target.version()).orElseThrow()));
            return true;
        } catch (SQLException e) {
            return false; // the real run fails on it and says why
        }
    }

    private static MigrationException uncountable(Entry target, String line, String why) {
        return new MigrationException("cannot count what the down script of " + target.label() + " loses ("
                + line + "): " + why + "; check the data by hand, then roll back with --force "
                + "(RollbackRequest.forced()) to run it anyway");
    }
}
