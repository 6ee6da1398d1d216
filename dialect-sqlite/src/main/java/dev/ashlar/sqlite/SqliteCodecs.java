package dev.ashlar.sqlite;

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
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * How each logical type is stored in SQLite. Everything that is not an integer or a blob is text in a fixed form,
 * so that comparing and sorting the text compares the values (except decimals, see {@link SqliteDialect}).
 */
final class SqliteCodecs {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private static final Codec UUID_TEXT = Codec.text(Types.VARCHAR, Object::toString, UUID::fromString);
    private static final Codec DATE = Codec.text(Types.VARCHAR, Object::toString, LocalDate::parse);
    private static final Codec TIME_TEXT = Codec.text(Types.VARCHAR, v -> TIME.format((LocalTime) v),
            s -> LocalTime.parse(s, TIME));
    private static final Codec TIMESTAMP_TEXT = Codec.text(Types.VARCHAR, v -> TimestampText.format((Instant) v),
            TimestampText::parse);
    @SuppressWarnings("unchecked")
    private static final Codec JSON = Codec.text(Types.VARCHAR, v -> JsonCodec.write((Map<String, Object>) v),
            JsonCodec::read);
    private static final Codec BOOLEAN = Codec.of(Types.INTEGER,
            (ps, i, v) -> ps.setInt(i, (Boolean) v ? 1 : 0),
            (rs, i) -> {
                int value = rs.getInt(i);
                return rs.wasNull() ? null : value != 0;
            },
            v -> (Boolean) v ? 1 : 0);

    private SqliteCodecs() {
    }

    static ColumnCodec of(AttributeType type) {
        return switch (type.kind()) {
            case UUID -> UUID_TEXT;
            case STRING, CI_STRING, TEXT, ENUM -> StandardCodecs.STRING;
            case INTEGER -> StandardCodecs.INT64;
            case DECIMAL -> type.hasPrecision() ? decimal(type.scale()) : UNCONSTRAINED_DECIMAL;
            case BOOLEAN -> BOOLEAN;
            case DATE -> DATE;
            case TIME -> TIME_TEXT;
            case TIMESTAMP -> TIMESTAMP_TEXT;
            case JSON -> JSON;
            case BINARY -> StandardCodecs.BYTES;
        };
    }

    /** An unconstrained decimal as the plain text of the caster's shortest form, read back in that form. */
    private static final Codec UNCONSTRAINED_DECIMAL = Codec.text(Types.VARCHAR,
            v -> ((BigDecimal) v).toPlainString(), s -> ValueCaster.cast(AttributeType.decimal(), s));

    /** Decimals as canonical plain text at the declared scale: exact, unlike SQLite's REAL. */
    private static Codec decimal(int scale) {
        return Codec.text(Types.VARCHAR, v -> ((BigDecimal) v).toPlainString(),
                s -> new BigDecimal(s).setScale(scale));
    }
}
