package dev.ashlar.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into markdown tables: per workload and dialect the time per row of
 * J (the fastest raw JDBC variant), Q (the fastest jOOQ variant) and each A variant, the A/J and A/Q ratios against the targets, and bytes
 * allocated per row ({@code -prof gc}). Ratios use medians: the p50 of sampled times for workload 1, the median of
 * the iteration scores for the others.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.ashlar.bench.report.Summarize results.json [out.md]</pre>
 */
public final class Summarize {

    /** One benchmark result, normalised to one row. */
    record Result(Workload workload, String method, String dialect, double medianUsPerRow, double meanUsPerRow,
                  double errorUsPerRow, double p50Us, double p99Us, double bytesPerRow, Map<String, String> params) {

        char variant() {
            return method.startsWith("jdbc") ? 'J' : method.startsWith("jooq") ? 'Q' : 'A';
        }
    }

    private Summarize() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Summarize results.json [out.md]");
            System.exit(2);
        }
        List<Result> results = read(Path.of(args[0]));
        String markdown = markdown(results);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), markdown, StandardCharsets.UTF_8);
        } else {
            new PrintStream(System.out, true, StandardCharsets.UTF_8).print(markdown);
        }
    }

    static List<Result> read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Result> out = new ArrayList<>();
        for (JsonNode b : root) {
            String[] parts = b.get("benchmark").asText().split("\\.");
            Optional<Workload> workload = Workload.ofClass(parts[parts.length - 2]);
            if (workload.isEmpty()) {
                continue;
            }
            Map<String, String> params = new TreeMap<>();
            b.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            Workload w = workload.get();
            if (w.rowsParam != null && !params.containsKey(w.rowsParam)) {
                System.err.println("skipping " + b.get("benchmark").asText() + ": no parameter " + w.rowsParam
                        + " (a result file from an older version of the benchmarks?)");
                continue;
            }
            double rows = w.rowsParam == null ? 1 : Double.parseDouble(params.get(w.rowsParam));
            JsonNode pm = b.get("primaryMetric");
            double toUs = microsPer(pm.get("scoreUnit").asText());
            double scale = toUs / rows;
            JsonNode pct = pm.path("scorePercentiles");
            double median = pct.path("50.0").asDouble(pm.get("score").asDouble());
            double bytes = b.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
            boolean sampled = "sample".equals(b.get("mode").asText());
            out.add(new Result(w, parts[parts.length - 1], params.getOrDefault("dialect", "?"), median * scale,
                    pm.get("score").asDouble() * scale, pm.path("scoreError").asDouble(Double.NaN) * scale,
                    sampled ? pct.path("50.0").asDouble() * toUs : Double.NaN,
                    sampled ? pct.path("99.0").asDouble() * toUs : Double.NaN, bytes / rows, params));
        }
        return out;
    }

    /** Microseconds per one unit of a JMH score unit such as {@code ms/op} or {@code us/op}. */
    static double microsPer(String unit) {
        String u = unit.substring(0, unit.indexOf('/'));
        return switch (u) {
            case "s" -> 1e6;
            case "ms" -> 1e3;
            case "us" -> 1;
            case "ns" -> 1e-3;
            default -> throw new IllegalArgumentException("unexpected score unit " + unit);
        };
    }

    static String markdown(List<Result> results) {
        StringBuilder md = new StringBuilder();
        md.append("| workload | dialect | J µs/row | Q µs/row | A µs/row | A/J | A/Q | target | met |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---|---|\n");
        StringBuilder alloc = new StringBuilder();
        alloc.append("| workload | dialect | J B/row | Q B/row | A B/row | A − J B/row |\n");
        alloc.append("|---|---|---:|---:|---:|---:|\n");
        for (Workload w : Workload.values()) {
            for (String dialect : List.of("postgres", "sqlite")) {
                List<Result> group = results.stream().filter(r -> r.workload() == w && r.dialect().equals(dialect))
                        .toList();
                if (group.isEmpty()) {
                    continue;
                }
                Optional<Result> j = best(group, 'J');
                Optional<Result> q = best(group, 'Q');
                for (Result a : group.stream().filter(r -> r.variant() == 'A')
                        .sorted(Comparator.comparing(Result::method)).toList()) {
                    String name = w.title + (a.method().equals("ashlar") ? "" : " (" + a.method() + ")")
                            + j.filter(r -> !r.method().equals("jdbc")).map(r -> " [J=" + r.method() + "]")
                            .orElse("")
                            + q.filter(r -> !r.method().equals("jooq")).map(r -> " [Q=" + r.method() + "]")
                            .orElse("");
                    double aj = j.map(r -> a.medianUsPerRow() / r.medianUsPerRow()).orElse(Double.NaN);
                    double aq = q.map(r -> a.medianUsPerRow() / r.medianUsPerRow()).orElse(Double.NaN);
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", name,
                            dialect, us(j.map(Result::medianUsPerRow)), us(q.map(Result::medianUsPerRow)),
                            us(Optional.of(a.medianUsPerRow())), ratio(aj), ratio(aq), w.target.describe(dialect),
                            Double.isNaN(aj) ? "?" : aj <= w.target.limit(dialect) ? "yes" : "**no**"));
                    alloc.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", name, dialect,
                            bytes(j.map(Result::bytesPerRow)), bytes(q.map(Result::bytesPerRow)),
                            bytes(Optional.of(a.bytesPerRow())),
                            bytes(j.map(r -> a.bytesPerRow() - r.bytesPerRow()))));
                }
            }
        }
        md.append("\nBytes allocated per row (`-prof gc`, `gc.alloc.rate.norm` divided by rows per operation):\n\n");
        md.append(alloc);
        md.append("\nWorkload 1 latency per row (sampled), µs:\n\n");
        md.append("| dialect | variant | p50 | p99 |\n|---|---|---:|---:|\n");
        results.stream().filter(r -> r.workload() == Workload.W1)
                .sorted(Comparator.comparing(Result::dialect).thenComparing(Result::method))
                .forEach(r -> md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f |%n", r.dialect(),
                        r.method(), r.p50Us(), r.p99Us())));
        md.append("\nWorkload 3 throughput, rows/s (median):\n\n");
        md.append("| dialect | variant | rows/s | % of best J |\n|---|---|---:|---:|\n");
        for (String dialect : List.of("postgres", "sqlite")) {
            List<Result> group = results.stream()
                    .filter(r -> r.workload() == Workload.W3 && r.dialect().equals(dialect)).toList();
            Optional<Result> j = best(group, 'J');
            group.stream().sorted(Comparator.comparing(Result::medianUsPerRow)).forEach(r -> md.append(
                    String.format(Locale.ROOT, "| %s | %s | %,.0f | %s |%n", dialect, r.method(),
                            1e6 / r.medianUsPerRow(), j.map(b -> String.format(Locale.ROOT, "%.0f%%",
                                    100 * b.medianUsPerRow() / r.medianUsPerRow())).orElse("?"))));
        }
        md.append("\nEvery benchmark (mean ± 99.9% error per row, µs; parameters):\n\n");
        md.append("| benchmark | dialect | mean µs/row | ± | median µs/row | B/row | params |\n");
        md.append("|---|---|---:|---:|---:|---:|---|\n");
        results.stream().sorted(Comparator.comparing((Result r) -> r.workload().ordinal())
                        .thenComparing(Result::dialect).thenComparing(Result::method))
                .forEach(r -> md.append(String.format(Locale.ROOT, "| %s.%s | %s | %s | %s | %s | %s | %s |%n",
                        r.workload().className, r.method(), r.dialect(), us(Optional.of(r.meanUsPerRow())),
                        us(Optional.of(r.errorUsPerRow())), us(Optional.of(r.medianUsPerRow())),
                        bytes(Optional.of(r.bytesPerRow())), r.params())));
        return md.toString();
    }

    /** The fastest result of a variant letter (J has several bulk variants; the best is the baseline). */
    private static Optional<Result> best(List<Result> group, char variant) {
        return group.stream().filter(r -> r.variant() == variant).min(Comparator.comparing(Result::medianUsPerRow));
    }

    private static String us(Optional<Double> value) {
        return value.filter(v -> !Double.isNaN(v)).map(v -> String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v))
                .orElse("–");
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String bytes(Optional<Double> value) {
        return value.filter(v -> !Double.isNaN(v)).map(v -> String.format(Locale.ROOT, "%,.0f", v)).orElse("–");
    }
}
