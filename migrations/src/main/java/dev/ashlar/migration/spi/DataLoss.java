package dev.ashlar.migration.spi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Data a rollback would lose, counted in the database when asked: the rows of a table its down script drops, or the
 * non-null values of a column it drops or converts to another type.
 *
 * @param version the migration whose down script loses it
 * @param table   the table, under the name it has when that down script runs
 * @param column  the column, or {@code null} for {@link Kind#TABLE_ROWS}
 * @param count   rows or values there are (always more than zero: nothing to lose is no loss)
 */
public record DataLoss(String version, Kind kind, String table, String column, long count) {

    /** What is lost. */
    public enum Kind {
        /** The table is dropped with its rows. */
        TABLE_ROWS,
        /** The column is dropped with its values. */
        COLUMN_VALUES,
        /** The column's values are converted to a type that may not hold them. */
        CONVERTED_VALUES
    }

    /** {@code column authors.country: 2 values (V20261121054400)}, for messages. */
    public String describe() {
        String what = switch (kind) {
            case TABLE_ROWS -> "table " + table + ": " + count + (count == 1 ? " row" : " rows");
            case COLUMN_VALUES -> "column " + table + "." + column + ": " + count + (count == 1 ? " value" : " values");
            case CONVERTED_VALUES -> "column " + table + "." + column + ": " + count
                    + (count == 1 ? " value" : " values") + " converted to another type";
        };
        return what + " (V" + version + ")";
    }

    /** Every loss, described and separated by commas. */
    public static String describe(List<DataLoss> losses) {
        return losses.stream().map(DataLoss::describe).collect(Collectors.joining(", "));
    }
}
