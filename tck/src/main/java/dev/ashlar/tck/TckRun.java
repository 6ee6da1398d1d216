package dev.ashlar.tck;

import dev.ashlar.spi.Capability;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The state of one TCK run, kept in the root extension store: the target, its capabilities (probed once, on first
 * need) and the report. Closing it at the end of the run writes {@code target/tck/<dialect>.json} and {@code .md}.
 */
final class TckRun implements AutoCloseable {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TckRun.class);

    private final TckTarget target;
    private final TckReport report;
    private final Optional<String> unavailableReason;
    private final Map<String, Boolean> expectedFailuresSeen = new ConcurrentHashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();
    private volatile Set<Capability> capabilities;

    private TckRun(TckTarget target) {
        this.target = target;
        this.report = new TckReport(target.dialect());
        this.unavailableReason = target.unavailableReason();
        target.expectedFailures().keySet().forEach(k -> expectedFailuresSeen.put(k, false));
    }

    /** The run of {@code context}'s engine execution, started on first use. */
    static TckRun of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(TckRun.class, k -> new TckRun(TargetLoader.load(context)), TckRun.class);
    }

    TckTarget target() {
        return target;
    }

    String dialect() {
        return target.dialect();
    }

    TckReport report() {
        return report;
    }

    Optional<String> unavailableReason() {
        return unavailableReason;
    }

    /** Prints the unavailability once per run, loudly, to stderr. */
    void warnUnavailable(PrintStream err) {
        if (warned.compareAndSet(false, true)) {
            err.println("!!!!! Ashlar TCK: " + dialect() + " is unavailable, every test is SKIPPED: "
                    + unavailableReason.orElse("?") + " !!!!!");
        }
    }

    /** The target's capabilities, probed on a fresh repo the first time they are needed. */
    Set<Capability> capabilities() {
        Set<Capability> found = capabilities;
        if (found == null) {
            synchronized (this) {
                if (capabilities == null) {
                    capabilities = CapabilityProbe.probe(target);
                }
                found = capabilities;
            }
        }
        return found;
    }

    /** The reason a test is listed as an expected failure, marking the entry as used. */
    Optional<String> expectedFailure(String key) {
        String reason = target.expectedFailures().get(key);
        if (reason != null) {
            expectedFailuresSeen.put(key, true);
        }
        return Optional.ofNullable(reason);
    }

    @Override
    public void close() {
        List<String> unmatched = expectedFailuresSeen.entrySet().stream().filter(e -> !e.getValue())
                .map(Map.Entry::getKey).toList();
        Path json = new ReportWriter(Path.of("target", "tck")).write(report, unmatched);
        System.out.println(report.summary() + " -> " + json);
    }
}
