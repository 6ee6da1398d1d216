package dev.ashlar.generator;

/** An open-addressing set of longs (8 bytes a value): the fingerprints of identity keys already generated. */
final class LongSet {
    private static final long EMPTY = 0;
    private long[] slots = new long[1024];
    private int size;
    private boolean hasZero;

    /** Adds {@code value}; false when it was already present. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        return insert(slots, value);
    }

    private boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int i = (int) SeedMix.finalise(value) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long v : old) {
            if (v != EMPTY) {
                insert(slots, v);
            }
        }
    }
}
