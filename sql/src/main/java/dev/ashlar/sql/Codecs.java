package dev.ashlar.sql;

import dev.ashlar.values.AttributeType;
import java.util.concurrent.ConcurrentHashMap;

/** The dialect's codecs, looked up once per type. */
final class Codecs {
    private final SqlDialect dialect;
    private final ConcurrentHashMap<AttributeType, ColumnCodec> byType = new ConcurrentHashMap<>();

    Codecs(SqlDialect dialect) {
        this.dialect = dialect;
    }

    ColumnCodec of(AttributeType type) {
        ColumnCodec codec = byType.get(type);
        return codec != null ? codec : byType.computeIfAbsent(type, dialect::codec);
    }
}
