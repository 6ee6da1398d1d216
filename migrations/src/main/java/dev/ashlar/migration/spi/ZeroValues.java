package dev.ashlar.migration.spi;

import dev.ashlar.values.AttributeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

/**
 * The value a re-added required column gets in existing rows when a dropped column is restored by a rollback: the
 * dropped data is gone, so the rollback can only make the schema valid again.
 */
public final class ZeroValues {
    private ZeroValues() {
    }

    static Object of(AttributeType type) {
        return switch (type.kind()) {
            case UUID -> new UUID(0, 0);
            case STRING, CI_STRING, TEXT -> "";
            case INTEGER -> 0L;
            case DECIMAL -> BigDecimal.ZERO.setScale(type.scale());
            case BOOLEAN -> Boolean.FALSE;
            case DATE -> LocalDate.EPOCH;
            case TIME -> LocalTime.MIDNIGHT;
            case TIMESTAMP -> Instant.EPOCH;
            case JSON -> Map.of();
            case ENUM -> type.values().get(0);
            case BINARY -> new byte[0];
        };
    }
}
