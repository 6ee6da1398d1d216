package dev.ashlar.bench.report;

import dev.ashlar.bench.W7ApplyMigrations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Workload 7b's F and A in pairs, in one JVM: each round applies the migration with Flyway alone, then with
 * Ashlar, each to a fresh empty database, and the ratio is taken per round. JMH runs F and A in separate forks
 * minutes apart, so on a shared machine drift in disk and CPU load lands in A/F; pairing cancels most of it.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.ashlar.bench.report.PairedApply sqlite|postgres RESOURCES
 * ROUNDS} (one warm-up round first; PostgreSQL from {@code ASHLAR_PG_URL} as for the benchmarks).
 */
public final class PairedApply {
    private PairedApply() {
    }

    public static void main(String[] args) throws Exception {
        W7ApplyMigrations workload = new W7ApplyMigrations();
        workload.dialect = args[0];
        workload.resources = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        workload.generate();
        List<Double> flyway = new ArrayList<>();
        List<Double> ashlar = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            workload.emptyDatabase();
            long start = System.nanoTime();
            workload.flyway();
            double f = (System.nanoTime() - start) / 1e6;
            workload.emptyDatabase();
            start = System.nanoTime();
            workload.ashlar();
            double a = (System.nanoTime() - start) / 1e6;
            if (round > 0) {
                flyway.add(f);
                ashlar.add(a);
                ratios.add(a / f);
            }
        }
        System.out.printf("%s %d, %d rounds: F median %.1f ms, A median %.1f ms, median of per-round A/F %.2f%n",
                workload.dialect, workload.resources, rounds, median(flyway), median(ashlar), median(ratios));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
