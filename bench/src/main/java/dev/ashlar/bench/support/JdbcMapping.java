package dev.ashlar.bench.support;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Hand-written binding and mapping of {@link Item}s: the "raw JDBC best practice" side. Each dialect stores the
 * values in the form Ashlar's table uses (PostgreSQL: native uuid, numeric, timestamptz; SQLite: text).
 */
public sealed interface JdbcMapping {

    /** Binds the item's 8 columns to parameters {@code offset + 1 .. offset + 8}. */
    void bind(PreparedStatement ps, int offset, Item item) throws SQLException;

    void bindId(PreparedStatement ps, int index, UUID id) throws SQLException;

    void bindAmount(PreparedStatement ps, int index, BigDecimal amount) throws SQLException;

    /** The item in columns 1..8 of the current row. */
    Item read(ResultSet rs) throws SQLException;

    static JdbcMapping of(BenchDialect dialect) {
        return dialect == BenchDialect.POSTGRES ? new Postgres() : new Sqlite();
    }

    /** Native types through pgjdbc. */
    final class Postgres implements JdbcMapping {
        @Override
        public void bind(PreparedStatement ps, int offset, Item item) throws SQLException {
            ps.setObject(offset + 1, item.id());
            ps.setObject(offset + 2, item.tenantId());
            ps.setString(offset + 3, item.name());
            ps.setString(offset + 4, item.email());
            ps.setString(offset + 5, item.status());
            ps.setBigDecimal(offset + 6, item.amount());
            ps.setObject(offset + 7, OffsetDateTime.ofInstant(item.createdAt(), ZoneOffset.UTC));
            ps.setString(offset + 8, item.note());
        }

        @Override
        public void bindId(PreparedStatement ps, int index, UUID id) throws SQLException {
            ps.setObject(index, id);
        }

        @Override
        public void bindAmount(PreparedStatement ps, int index, BigDecimal amount) throws SQLException {
            ps.setBigDecimal(index, amount);
        }

        @Override
        public Item read(ResultSet rs) throws SQLException {
            return new Item(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                    rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8));
        }
    }

    /** Text for UUIDs, decimals (plain, exact) and timestamps (fixed-width ISO-8601 UTC, microseconds). */
    final class Sqlite implements JdbcMapping {
        public static final DateTimeFormatter TIMESTAMP =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

        @Override
        public void bind(PreparedStatement ps, int offset, Item item) throws SQLException {
            ps.setString(offset + 1, item.id().toString());
            ps.setString(offset + 2, item.tenantId().toString());
            ps.setString(offset + 3, item.name());
            ps.setString(offset + 4, item.email());
            ps.setString(offset + 5, item.status());
            ps.setString(offset + 6, item.amount().toPlainString());
            ps.setString(offset + 7, TIMESTAMP.format(item.createdAt()));
            ps.setString(offset + 8, item.note());
        }

        @Override
        public void bindId(PreparedStatement ps, int index, UUID id) throws SQLException {
            ps.setString(index, id.toString());
        }

        @Override
        public void bindAmount(PreparedStatement ps, int index, BigDecimal amount) throws SQLException {
            ps.setString(index, amount.toPlainString());
        }

        @Override
        public Item read(ResultSet rs) throws SQLException {
            return new Item(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)), rs.getString(3),
                    rs.getString(4), rs.getString(5), new BigDecimal(rs.getString(6)),
                    TIMESTAMP.parse(rs.getString(7), Instant::from), rs.getString(8));
        }
    }
}
