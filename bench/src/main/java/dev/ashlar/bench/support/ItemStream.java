package dev.ashlar.bench.support;

import java.util.List;
import java.util.UUID;

/**
 * An endless supply of items for time-bounded insert benchmarks, where the row count is not known in advance:
 * the values cycle through pre-generated items and only the id is fresh (a counter inside a fixed UUID prefix,
 * one small allocation, the same for every variant).
 */
public final class ItemStream {
    private static final long PREFIX = 0x0A5B1A7E00004000L;
    private final List<Item> items;
    private long next;

    public ItemStream(List<Item> items) {
        this.items = List.copyOf(items);
    }

    public Item next() {
        long n = next++;
        Item template = items.get((int) (n % items.size()));
        return template.withId(new UUID(PREFIX, 0x8000000000000000L | n));
    }

    /** How many items were handed out. */
    public long count() {
        return next;
    }
}
