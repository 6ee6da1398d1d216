package dev.ashlar.bench.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Deterministic test data: the same seed gives the same items on every run and every variant. */
public final class ItemData {
    public static final long SEED = 20_250_101L;
    public static final List<String> STATUSES = List.of("active", "suspended", "closed");
    public static final int TENANTS = 10;

    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken",
            "Margaret", "Niklaus", "Radia", "Tony", "Leslie", "Shafi", "John", "Hedy"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
            "Thompson", "Hamilton", "Wirth", "Perlman", "Hoare", "Lamport", "Goldwasser", "Backus", "Lamarr"};
    private static final String[] WORDS = {"invoice", "paid", "late", "refund", "priority", "gift", "bulk", "review",
            "pending", "export", "duplicate", "manual", "checked", "returned", "partial", "urgent"};
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private static final long YEAR_MICROS = 365L * 24 * 3600 * 1_000_000;

    private ItemData() {
    }

    /** {@code count} items with distinct ids, spread over {@link #TENANTS} tenants. */
    public static List<Item> generate(int count) {
        return generate(SEED, count);
    }

    public static List<Item> generate(long seed, int count) {
        Random random = new Random(seed);
        List<UUID> tenants = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            tenants.add(uuid(random));
        }
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String note = null;
            if (random.nextInt(10) >= 3) {
                StringBuilder text = new StringBuilder();
                for (int w = 1 + random.nextInt(6); w > 0; w--) {
                    text.append(text.isEmpty() ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                note = text.toString();
            }
            items.add(new Item(uuid(random), tenants.get(i % TENANTS), first + " " + last,
                    (first + "." + last + "." + i + "@example.com").toLowerCase(),
                    STATUSES.get(random.nextInt(STATUSES.size())),
                    BigDecimal.valueOf(random.nextInt(10_000_000), 2),
                    EPOCH.plusNanos(Math.floorMod(random.nextLong(), YEAR_MICROS) * 1_000), note));
        }
        return items;
    }

    /** The items' ids in a seeded random order (the lookup order of point reads, updates and destroys). */
    public static List<UUID> shuffledIds(List<Item> items) {
        List<UUID> ids = new ArrayList<>(items.stream().map(Item::id).toList());
        Collections.shuffle(ids, new Random(SEED + 1));
        return ids;
    }

    /** A version-4 shaped UUID from the seeded generator. */
    static UUID uuid(Random random) {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
