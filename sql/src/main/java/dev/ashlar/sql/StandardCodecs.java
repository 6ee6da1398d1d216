package dev.ashlar.sql;

import java.sql.Types;
import java.util.function.Function;

/** Codecs that read the same on every JDBC driver. */
public final class StandardCodecs {
    private StandardCodecs() {
    }

    public static final Codec STRING = Codec.text(Types.VARCHAR, v -> (String) v, s -> s);

    public static final Codec INT64 = Codec.of(Types.BIGINT, (ps, i, v) -> ps.setLong(i, (Long) v), (rs, i) -> {
        long value = rs.getLong(i);
        return rs.wasNull() ? null : value;
    }, Function.identity());

    public static final Codec BYTES = Codec.of(Types.BINARY, (ps, i, v) -> ps.setBytes(i, (byte[]) v),
            (rs, i) -> rs.getBytes(i), Function.identity());
}
