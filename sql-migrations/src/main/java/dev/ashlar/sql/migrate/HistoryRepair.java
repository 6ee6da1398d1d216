package dev.ashlar.sql.migrate;

import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.spi.RepairChange;
import dev.ashlar.migration.spi.RepairRequest;
import dev.ashlar.migration.spi.RepairResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Ashlar's repair of {@code flyway_schema_history}. Not Flyway's own {@code repair()}: that also realigns every
 * checksum and marks missing files as deleted, unasked. Here failed rows are deleted, and checksums are realigned
 * only when the request says so; every change is reported with the values it replaced.
 */
final class HistoryRepair {
    private HistoryRepair() {
    }

    /** Makes the changes on {@code connection} inside the caller's transaction and says what they were. */
    static RepairResult apply(Connection connection, MigrationInfoService service, RepairRequest request)
            throws SQLException {
        List<RepairChange> changes = new ArrayList<>();
        List<MigrationInfo> left = new ArrayList<>();
        for (org.flywaydb.core.api.MigrationInfo row : service.all()) {
            MigrationState state = FlywayStatus.state(row);
            if (row.getVersion() == null || row.getInstalledRank() == null || state == null) {
                continue; // not a versioned history row
            }
            String version = row.getVersion().getVersion();
            if (state == MigrationState.FAILED) {
                update(connection, "delete from " + FlywayStatus.HISTORY + " where installed_rank = ?", null,
                        row.getInstalledRank());
                changes.add(new RepairChange(RepairChange.Action.REMOVED_FAILED_ROW, version, row.getDescription(),
                        row.getAppliedChecksum(), null));
            } else if (state == MigrationState.CHECKSUM_MISMATCH && request.realignChecksums()
                    && row.getResolvedChecksum() != null) {
                update(connection, "update " + FlywayStatus.HISTORY + " set checksum = ? where installed_rank = ?",
                        row.getResolvedChecksum(), row.getInstalledRank());
                changes.add(new RepairChange(RepairChange.Action.REALIGNED_CHECKSUM, version, row.getDescription(),
                        row.getAppliedChecksum(), row.getResolvedChecksum()));
            } else if (state == MigrationState.CHECKSUM_MISMATCH) {
                left.add(new MigrationInfo(version, row.getDescription(), state,
                        row.getInstalledOn() == null ? null : row.getInstalledOn().toInstant(), false));
            }
        }
        return new RepairResult(changes, left);
    }

    /** Runs one statement on the row {@code rank}; {@code checksum} is the first parameter when not null. */
    private static void update(Connection connection, String sql, Integer checksum, int rank) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (checksum != null) {
                statement.setInt(index++, checksum);
            }
            statement.setInt(index, rank);
            if (statement.executeUpdate() != 1) {
                throw new SQLException("row installed_rank " + rank + " is no longer in " + FlywayStatus.HISTORY);
            }
        }
    }
}
