package dev.ashlar.bench.support;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record8;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The {@code item} table for plain jOOQ, written by hand as a user without code generation would: typed fields,
 * with {@link Converter}s on SQLite for the values stored as text (the same text forms as {@link JdbcMapping}).
 */
public final class JooqItems {
    public final Table<Record> table = table(name(ItemSchema.TABLE));
    public final Field<UUID> id;
    public final Field<UUID> tenantId;
    public final Field<String> name = field(name("name"), SQLDataType.VARCHAR(100));
    public final Field<String> email = field(name("email"), SQLDataType.VARCHAR(200));
    public final Field<String> status = field(name("status"), SQLDataType.VARCHAR);
    public final Field<BigDecimal> amount;
    public final Field<Instant> createdAt;
    public final Field<String> note = field(name("note"), SQLDataType.CLOB);
    /** Lambda mapping of a selected row onto the record. */
    public final RecordMapper<Record8<UUID, UUID, String, String, String, BigDecimal, Instant, String>, Item> mapper =
            Records.mapping(Item::new);

    public JooqItems(BenchDialect dialect) {
        DataType<UUID> uuid;
        DataType<BigDecimal> decimal;
        DataType<Instant> timestamp;
        if (dialect == BenchDialect.POSTGRES) {
            uuid = SQLDataType.UUID;
            decimal = SQLDataType.NUMERIC(12, 2);
            timestamp = SQLDataType.INSTANT;
        } else {
            uuid = SQLDataType.VARCHAR.asConvertedDataType(
                    Converter.ofNullable(String.class, UUID.class, UUID::fromString, UUID::toString));
            decimal = SQLDataType.VARCHAR.asConvertedDataType(
                    Converter.ofNullable(String.class, BigDecimal.class, BigDecimal::new, BigDecimal::toPlainString));
            timestamp = SQLDataType.VARCHAR.asConvertedDataType(Converter.ofNullable(String.class, Instant.class,
                    s -> JdbcMapping.Sqlite.TIMESTAMP.parse(s, Instant::from), JdbcMapping.Sqlite.TIMESTAMP::format));
        }
        this.id = field(name("id"), uuid);
        this.tenantId = field(name("tenant_id"), uuid);
        this.amount = field(name("amount"), decimal);
        this.createdAt = field(name("created_at"), timestamp);
    }

    /** The 8 columns in declaration order. */
    public Field<?>[] all() {
        return new Field<?>[] {id, tenantId, name, email, status, amount, createdAt, note};
    }
}
