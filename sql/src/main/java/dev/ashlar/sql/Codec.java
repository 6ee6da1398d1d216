package dev.ashlar.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * A {@link ColumnCodec} made of three small functions, so a dialect's codecs read as a table. Null handling is
 * done here: {@code null} binds as SQL NULL of {@code sqlType}, and a SQL NULL reads as {@code null}.
 */
public final class Codec implements ColumnCodec {

    /** Binds a non-null canonical value. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement, int index, Object value) throws SQLException;
    }

    /** Reads a column that may be SQL NULL; returns the canonical value or {@code null}. */
    @FunctionalInterface
    public interface Reader {
        Object read(ResultSet resultSet, int index) throws SQLException;
    }

    private final int sqlType;
    private final Binder binder;
    private final Reader reader;
    private final Function<Object, Object> toBind;

    private Codec(int sqlType, Binder binder, Reader reader, Function<Object, Object> toBind) {
        this.sqlType = sqlType;
        this.binder = binder;
        this.reader = reader;
        this.toBind = toBind;
    }

    /**
     * @param sqlType {@link java.sql.Types} constant used to bind nulls
     * @param toBind  the canonical value as jOOQ should bind it in conditions
     */
    public static Codec of(int sqlType, Binder binder, Reader reader, Function<Object, Object> toBind) {
        return new Codec(sqlType, binder, reader, toBind);
    }

    /** A codec whose values read back through {@code getString}, decoded by {@code decode}. */
    public static Codec text(int sqlType, Function<Object, String> encode, Function<String, Object> decode) {
        return new Codec(sqlType, (ps, i, v) -> ps.setString(i, encode.apply(v)), (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : decode.apply(s);
        }, v -> encode.apply(v));
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            binder.bind(statement, index, value);
        }
    }

    @Override
    public Object read(ResultSet resultSet, int index) throws SQLException {
        return reader.read(resultSet, index);
    }

    @Override
    public Object toBindValue(Object value) {
        return value == null ? null : toBind.apply(value);
    }
}
