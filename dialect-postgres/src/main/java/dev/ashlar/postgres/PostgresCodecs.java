package dev.ashlar.postgres;

import dev.ashlar.values.AttributeType;
import dev.ashlar.internal.values.ValueCaster;
import dev.ashlar.sql.Codec;
import dev.ashlar.sql.ColumnCodec;
import dev.ashlar.sql.StandardCodecs;
import dev.ashlar.internal.values.JsonCodec;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** How each logical type travels through pgjdbc: native types, java.time objects, JSON as text cast by the server. */
final class PostgresCodecs {
    private static final Codec UUID_NATIVE = Codec.of(Types.OTHER, (ps, i, v) -> ps.setObject(i, v),
            (rs, i) -> rs.getObject(i, UUID.class), Function.identity());
    private static final Codec BOOLEAN = Codec.of(Types.BOOLEAN, (ps, i, v) -> ps.setBoolean(i, (Boolean) v),
            (rs, i) -> {
                boolean value = rs.getBoolean(i);
                return rs.wasNull() ? null : value;
            }, Function.identity());
    private static final Codec DATE = Codec.of(Types.DATE, (ps, i, v) -> ps.setObject(i, v),
            (rs, i) -> rs.getObject(i, LocalDate.class), Function.identity());
    private static final Codec TIME = Codec.of(Types.TIME, (ps, i, v) -> ps.setObject(i, v),
            (rs, i) -> rs.getObject(i, LocalTime.class), Function.identity());
    private static final Codec TIMESTAMP = Codec.of(Types.TIMESTAMP_WITH_TIMEZONE,
            (ps, i, v) -> ps.setObject(i, utc(v)),
            (rs, i) -> {
                OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            }, PostgresCodecs::utc);
    @SuppressWarnings("unchecked")
    private static final Codec JSON = Codec.of(Types.OTHER,
            (ps, i, v) -> ps.setObject(i, JsonCodec.write((Map<String, Object>) v), Types.OTHER),
            (rs, i) -> {
                String text = rs.getString(i);
                return text == null ? null : JsonCodec.read(text);
            }, v -> JsonCodec.write((Map<String, Object>) v));

    private PostgresCodecs() {
    }

    static ColumnCodec of(AttributeType type) {
        return switch (type.kind()) {
            case UUID -> UUID_NATIVE;
            case STRING, CI_STRING, TEXT, ENUM -> StandardCodecs.STRING;
            case INTEGER -> StandardCodecs.INT64;
            case DECIMAL -> type.hasPrecision() ? decimal(type.scale()) : UNCONSTRAINED_DECIMAL;
            case BOOLEAN -> BOOLEAN;
            case DATE -> DATE;
            case TIME -> TIME;
            case TIMESTAMP -> TIMESTAMP;
            case JSON -> JSON;
            case BINARY -> StandardCodecs.BYTES;
        };
    }

    /** numeric without precision, read back in the caster's shortest form (a column altered from numeric(p,s)). */
    private static final Codec UNCONSTRAINED_DECIMAL = Codec.of(Types.NUMERIC,
            (ps, i, v) -> ps.setBigDecimal(i, (BigDecimal) v),
            (rs, i) -> ValueCaster.cast(AttributeType.decimal(), rs.getBigDecimal(i)), Function.identity());

    private static Codec decimal(int scale) {
        return Codec.of(Types.NUMERIC, (ps, i, v) -> ps.setBigDecimal(i, (BigDecimal) v), (rs, i) -> {
            BigDecimal value = rs.getBigDecimal(i);
            return value == null ? null : value.setScale(scale);
        }, Function.identity());
    }

    private static Object utc(Object instant) {
        return OffsetDateTime.ofInstant((Instant) instant, ZoneOffset.UTC);
    }
}
