package dev.ashlar.bench.report;

import dev.ashlar.bench.W1SingleCreate;
import dev.ashlar.bench.W4PointRead;
import dev.ashlar.bench.W6DestroyByKey;
import dev.ashlar.bench.W6UpdateByKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Counts network round trips per operation of the single-row workloads on PostgreSQL (socket writes of the
 * benchmark thread, recorded with JFR at threshold 0): the floor under each variant's latency that no amount of
 * CPU tuning removes. Runs the same benchmark classes as JMH, outside JMH.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.ashlar.bench.report.RoundTrips [ops]</pre>
 */
public final class RoundTrips {

    /** One variant, run {@code ops} times. */
    @FunctionalInterface
    interface Op {
        void run() throws Exception;
    }

    private RoundTrips() {
    }

    public static void main(String[] args) throws Exception {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Map<String, Double> writes = new LinkedHashMap<>();

        W1SingleCreate w1 = new W1SingleCreate();
        w1.dialect = "postgres";
        w1.setUp();
        try {
            writes.put("W1SingleCreate.jdbc", perOp(ops, w1::jdbc));
            writes.put("W1SingleCreate.jooq", perOp(ops, w1::jooq));
            writes.put("W1SingleCreate.ashlar", perOp(ops, w1::ashlar));
        } finally {
            w1.tearDown();
        }

        W4PointRead w4 = new W4PointRead();
        w4.dialect = "postgres";
        w4.pointTableRows = 2_000;
        w4.setUp();
        try {
            writes.put("W4PointRead.jdbc", perOp(ops, w4::jdbc));
            writes.put("W4PointRead.jooq", perOp(ops, w4::jooq));
            writes.put("W4PointRead.ashlar", perOp(ops, w4::ashlar));
        } finally {
            w4.tearDown();
        }

        W6UpdateByKey w6 = new W6UpdateByKey();
        w6.dialect = "postgres";
        w6.updateTableRows = 2_000;
        w6.setUp();
        try {
            writes.put("W6UpdateByKey.jdbc", perOp(ops, w6::jdbc));
            writes.put("W6UpdateByKey.jooq", perOp(ops, w6::jooq));
            writes.put("W6UpdateByKey.ashlar", perOp(ops, w6::ashlar));
        } finally {
            w6.tearDown();
        }

        W6DestroyByKey w6d = new W6DestroyByKey();
        w6d.dialect = "postgres";
        w6d.destroyRows = ops;
        w6d.setUp();
        try {
            for (String variant : new String[] {"jdbc", "jooq", "ashlar"}) {
                Op all = switch (variant) {
                    case "jdbc" -> w6d::jdbc;
                    case "jooq" -> w6d::jooq;
                    default -> w6d::ashlar;
                };
                w6d.refill();
                all.run(); // warm
                w6d.refill();
                writes.put("W6DestroyByKey." + variant, perOp(1, 0, all) / ops);
            }
        } finally {
            w6d.tearDown();
        }

        System.out.println("| benchmark (PostgreSQL) | round trips per row (socket writes) |");
        System.out.println("|---|---:|");
        writes.forEach((k, v) -> System.out.printf("| %s | %.2f |%n", k, v));
    }

    static double perOp(int ops, Op op) throws Exception {
        return perOp(ops, Math.min(ops, 200), op);
    }

    /** Socket writes of this thread per call of {@code op}, after {@code warm} calls. */
    static double perOp(int ops, int warm, Op op) throws Exception {
        for (int i = 0; i < warm; i++) {
            op.run();
        }
        Path file = Files.createTempFile("roundtrips", ".jfr");
        long thread = Thread.currentThread().threadId();
        try (Recording recording = new Recording()) {
            recording.enable("jdk.SocketWrite").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
            for (int i = 0; i < ops; i++) {
                op.run();
            }
            recording.stop();
            recording.dump(file);
        }
        long count = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (e.getThread() != null && e.getThread().getJavaThreadId() == thread) {
                count++;
            }
        }
        Files.deleteIfExists(file);
        return (double) count / ops;
    }
}
