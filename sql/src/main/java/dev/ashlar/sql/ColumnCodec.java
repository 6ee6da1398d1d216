package dev.ashlar.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Moves one logical type between its canonical Java value and JDBC, for one dialect. Decoding is by the declared
 * type, never by what the driver happens to return.
 */
public interface ColumnCodec {

    /** Binds a canonical value (possibly {@code null}). */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /** Reads a canonical value (or {@code null}). */
    Object read(ResultSet resultSet, int index) throws SQLException;

    /**
     * The canonical value as the plain Java object jOOQ binds in filter conditions (a {@link String} for values a
     * dialect stores as text, for instance).
     */
    Object toBindValue(Object value);
}
