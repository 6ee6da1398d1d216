package dev.ashlar.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording (e.g. from JMH's {@code -prof jfr}) and prints where the benchmark thread spent its CPU
 * samples: by layer (self time), the top self-time methods, the Ashlar methods with the largest inclusive share, and
 * each sample charged to its deepest Ashlar frame (that method's own code plus the jOOQ / driver / JDK calls it makes
 * directly), which is where a fix inside Ashlar would go.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.ashlar.bench.report.JfrHotSpots profile.jfr [top] [prefix]</pre>
 * {@code prefix} picks the methods of the inclusive list (default {@code dev.ashlar.}, without the harness).
 */
public final class JfrHotSpots {
    private static final String OWN = "dev.ashlar.";
    private static final String BENCH = "dev.ashlar.bench.";

    private JfrHotSpots() {
    }

    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String prefix = args.length > 2 ? args[2] : OWN;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> deepest = new HashMap<>();
        Map<String, Integer> deepestCallee = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            String thread = event.getThread("sampledThread") == null ? ""
                    : String.valueOf(event.getThread("sampledThread").getJavaName());
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || !thread.contains("jmh-worker")) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            String leaf = name(frames.get(0));
            self.merge(leaf, 1, Integer::sum);
            layers.merge(layer(leaf), 1, Integer::sum);
            for (int i = 0; i < frames.size(); i++) {
                String n = name(frames.get(i));
                if (n.startsWith(prefix) && !n.startsWith(BENCH)) {
                    deepest.merge(n, 1, Integer::sum);
                    String callee = i == 0 ? "(own code)" : layer(name(frames.get(i - 1))) + ": "
                            + name(frames.get(i - 1));
                    deepestCallee.merge(n + "  ->  " + callee, 1, Integer::sum);
                    break;
                }
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith(prefix) && !n.startsWith(BENCH) && seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d samples on the benchmark thread%n%n", total);
        print("self time by layer", layers, total, 20);
        print("top self-time methods", self, total, top);
        print(prefix + "* methods, inclusive (the method and everything it calls)", inclusive, total, top);
        print("deepest " + prefix + "* frame of each sample (its own code plus the library calls it makes)",
                deepest, total, top);
        print("deepest " + prefix + "* frame and the callee it was in", deepestCallee, total, top);
    }

    private static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println("## " + title);
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((k, v) -> System.out.printf("%6.1f%%  %7d  %s%n", 100.0 * v / Math.max(1, total), v, k));
        System.out.println();
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    static String layer(String method) {
        if (method.startsWith(BENCH)) {
            return "bench harness";
        }
        if (method.startsWith(OWN)) {
            return "ashlar";
        }
        if (method.startsWith("org.postgresql.")) {
            return "pgjdbc";
        }
        if (method.startsWith("org.sqlite.")) {
            return "sqlite-jdbc";
        }
        if (method.startsWith("org.jooq.")) {
            return "jooq";
        }
        if (method.startsWith("com.zaxxer.hikari.")) {
            return "hikari";
        }
        if (method.startsWith("java.") || method.startsWith("jdk.") || method.startsWith("sun.")) {
            return "jdk";
        }
        return "other";
    }
}
