package dev.ashlar.sql.migrate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;

/**
 * What a migrate run reads of {@code flyway_schema_history} itself, on its own connection, instead of asking
 * {@code Flyway.info()}: each {@code info()} resolves and checksums every script again and, on PostgreSQL, runs
 * Flyway's database detection and schema checks over a new connection.
 */
final class RunHistory {
    private RunHistory() {
    }

    /**
     * Whether the connection's current schema has a history table. Without one nothing has been applied, so no
     * migration can be failed, missing, changed or out of order. A name the metadata pattern merely resembles
     * counts as a table: the answer errs towards "there is history".
     */
    static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, connection.getSchema(), FlywayStatus.HISTORY, null)) {
            return tables.next();
        }
    }

    /** Whether anything is recorded: a history table with at least one row. */
    static boolean hasRows(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return false;
        }
        try (PreparedStatement query = connection.prepareStatement("select count(*) from " + FlywayStatus.HISTORY);
             ResultSet rs = query.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /** Up to {@code limit} names of the tables in the connection's current schema, for messages. */
    static List<String> tables(Connection connection, int limit) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (tables.next() && names.size() < limit) {
                String name = tables.getString("TABLE_NAME");
                if (!name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * {@code installed_on} by version of the rows ranked above {@code afterRank}, read as Flyway reads it (the
     * driver's timestamp, else the text parsed as a JDBC timestamp); a version with several rows keeps its newest.
     */
    static Map<MigrationVersion, Instant> appliedAt(Connection connection, int afterRank) throws SQLException {
        Map<MigrationVersion, Instant> out = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select version, installed_on from "
                + FlywayStatus.HISTORY + " where installed_rank > ? order by installed_rank")) {
            query.setInt(1, afterRank);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    if (version != null) { // schema-creation markers have none
                        Timestamp installed = timestamp(rs);
                        out.put(MigrationVersion.fromVersion(version), installed == null ? null : installed.toInstant());
                    }
                }
            }
        }
        return out;
    }

    private static Timestamp timestamp(ResultSet rs) throws SQLException {
        Timestamp installed = rs.getTimestamp(2);
        String text = installed == null ? rs.getString(2) : null;
        if (text != null && !text.isBlank()) {
            try {
                installed = Timestamp.valueOf(text);
            } catch (IllegalArgumentException e) {
                return null; // as Flyway: an unreadable time is no time
            }
        }
        return installed;
    }
}
