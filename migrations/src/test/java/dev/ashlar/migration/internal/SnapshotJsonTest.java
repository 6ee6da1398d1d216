package dev.ashlar.migration.internal;

import dev.ashlar.migration.spi.TypeWidening;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.internal.values.ValueCaster;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {
    /** The format the files have always had: maps with sorted keys, indented by the mapper's pretty printer. */
    private static final ObjectMapper SORTED = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private static ColumnModel column(String name, AttributeType type, Object defaultValue) {
        return new ColumnModel(name, type, true, defaultValue == null ? null : ValueCaster.cast(type, defaultValue),
                false);
    }

    private static Snapshot everyKind() {
        List<ColumnModel> columns = List.of(
                new ColumnModel("id", AttributeType.integer(), false, null, true),
                column("s", AttributeType.string(40), "it's \"quoted\" \\ back\nand\ttabbed \u00e9\u4e2d"),
                column("ci", AttributeType.ciString(), null),
                column("t", AttributeType.text(), ""),
                column("i", AttributeType.integer(), -42L),
                column("d", AttributeType.decimal(10, 3), new BigDecimal("12.500")),
                column("b", AttributeType.bool(), false),
                column("dt", AttributeType.date(), LocalDate.of(2024, 2, 29)),
                column("tm", AttributeType.time(), LocalTime.of(13, 45, 7, 123_456_000)),
                column("ts", AttributeType.timestamp(), Instant.parse("2024-01-02T03:04:05.678Z")),
                column("j", AttributeType.json(), Map.of("zeta", 1, "alpha", List.of("x", 2.5, true),
                        "mid", Map.of("b", "c", "a", Map.of()))),
                column("bin", AttributeType.binary(), new byte[] {0, 1, 2, (byte) 255}),
                column("u", AttributeType.uuid(), UUID.fromString("123e4567-e89b-12d3-a456-426614174000")),
                column("e", AttributeType.enumOf("x'y", "b c"), "b c"));
        TableModel table = new TableModel("kinds", columns, List.of("id"),
                List.of(new IndexModel("kinds_ci", List.of(new IndexKey("ci", true), new IndexKey("s", false)), true,
                        false, "\"s\" is not null")),
                List.of(new ForeignKeyModel("kinds_i_fkey", List.of("i"), "parent", List.of("id"),
                        ForeignKeyAction.SET_NULL, ForeignKeyAction.CASCADE)),
                List.of(CheckModel.oneOf("kinds_e_check", "e", List.of("x'y", "b c")),
                        CheckModel.sql("positive", "\"i\" > 0")));
        return new Snapshot(table, "20260101000000", false, true);
    }

    @Test
    void writesMapsWithSortedKeysInTheMappersPrettyFormat() throws Exception {
        String written = SnapshotJson.write(everyKind());

        Object asMaps = SORTED.readValue(written, Object.class);
        assertThat(written).isEqualTo(SORTED.writeValueAsString(asMaps).replace("\r\n", "\n") + "\n");
    }

    @Test
    void readsBackWhatItWrote() {
        Snapshot snapshot = everyKind();

        Snapshot read = SnapshotJson.read(SnapshotJson.write(snapshot), "test");

        assertThat(read).isEqualTo(snapshot);
        assertThat(SnapshotJson.write(read)).isEqualTo(SnapshotJson.write(snapshot));
    }

    @Test
    void anUnconstrainedDecimalIsWrittenWithoutPrecisionAndReadBackUnconstrained() {
        TableModel table = new TableModel("prices", List.of(
                new ColumnModel("id", AttributeType.integer(), false, null, true),
                column("amount", AttributeType.decimal(), "4.50"),
                column("fixed", AttributeType.decimal(12, 2), "4.5")), List.of("id"), List.of(), List.of(), List.of());
        Snapshot snapshot = new Snapshot(table, "20260101000000", false, true);

        String written = SnapshotJson.write(snapshot);
        Snapshot read = SnapshotJson.read(written, "test");

        assertThat(read).isEqualTo(snapshot);
        assertThat(read.model().column("amount").orElseThrow().type().hasPrecision()).isFalse();
        assertThat(read.model().column("amount").orElseThrow().defaultValue()).isEqualTo(new BigDecimal("4.5"));
        assertThat(written).containsOnlyOnce("\"precision\"");
    }

    @Test
    void unconstrainingADecimalKeepsEveryValueButConstrainingDoesNot() {
        assertThat(TypeWidening.isWidening(AttributeType.decimal(12, 2), AttributeType.decimal())).isTrue();
        assertThat(TypeWidening.isWidening(AttributeType.integer(), AttributeType.decimal())).isTrue();
        assertThat(TypeWidening.isWidening(AttributeType.decimal(), AttributeType.decimal(38, 10))).isFalse();
        assertThat(TypeWidening.isWidening(AttributeType.decimal(), AttributeType.text())).isTrue();
    }
}
