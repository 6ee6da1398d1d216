package dev.ashlar.generator;

import dev.ashlar.row.Row;
import java.util.List;

/** Where a generator's row {@code i} takes the row it uses under one name. */
sealed interface UsedRows {
    Row rowFor(long index);

    /** Existing rows, each used by {@code each} consecutive generated rows, starting over after the last. */
    record Listed(List<Row> rows, int each) implements UsedRows {
        public Listed {
            rows = List.copyOf(rows);
            if (rows.isEmpty() || each < 1) {
                throw new IllegalArgumentException("uses needs at least one row and each >= 1");
            }
        }

        @Override
        public Row rowFor(long index) {
            return rows.get((int) ((index / each) % rows.size()));
        }
    }

    /** A fresh row of another generator for every generated row. */
    record Fresh(ChangesetGenerator generator) implements UsedRows {
        @Override
        public Row rowFor(long index) {
            return generator.generate();
        }
    }
}
