package dev.ashlar.bench;

import dev.ashlar.Ashlar;
import dev.ashlar.bench.support.BenchDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Workload 8's memory figure: streams {@code rows} (default 1,000,000) generated users through
 * {@code generateMany(count, sink)} and prints the peak heap, the sum of every heap pool's peak since the start of
 * the run (an upper bound of the live peak). Run with a small heap to show that memory stays bounded:
 * {@code java -Xmx256m -cp bench/target/benchmarks.jar dev.ashlar.bench.W8HeapProbe sqlite 1000000}.
 */
public final class W8HeapProbe {
    private W8HeapProbe() {
    }

    public static void main(String[] args) {
        String dialect = args.length > 0 ? args[0] : "sqlite";
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        try (BenchDatabase db = BenchDatabase.open(dialect)) {
            Ashlar ashlar = db.openDomain(W8Generate.DOMAIN);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            AtomicLong seen = new AtomicLong();
            long start = System.nanoTime();
            W8Generate.generator(ashlar, 1).generateMany(rows, row -> seen.incrementAndGet());
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("%s: %,d rows streamed in %.1f s (%,.0f rows/s), peak heap %,d MiB (max heap %,d MiB)%n",
                    dialect, seen.get(), seconds, seen.get() / seconds, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
