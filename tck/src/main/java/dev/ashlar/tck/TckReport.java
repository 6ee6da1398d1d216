package dev.ashlar.tck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Collects the result of every conformance test of one run. Thread-safe; a later result for a test replaces it. */
public final class TckReport {
    private final String dialect;
    private final Map<String, TestResult> results = new ConcurrentHashMap<>();

    public TckReport(String dialect) {
        this.dialect = dialect;
    }

    public String dialect() {
        return dialect;
    }

    public void record(TestResult result) {
        results.put(result.key(), result);
    }

    /** The results sorted by class, then method. */
    public List<TestResult> results() {
        List<TestResult> sorted = new ArrayList<>(results.values());
        sorted.sort(Comparator.comparing(TestResult::testClass).thenComparing(TestResult::method));
        return sorted;
    }

    /** How many tests ended with each outcome (every outcome present, zero included). */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        results.values().forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return counts;
    }

    /** Tests whose body ran. */
    public int run() {
        return (int) results.values().stream().filter(r -> r.outcome().ran()).count();
    }

    /** One line for the console. */
    public String summary() {
        Map<Outcome, Integer> c = counts();
        return "Ashlar TCK [" + dialect + "]: " + run() + " run, " + c.get(Outcome.PASSED) + " passed, "
                + c.get(Outcome.FAILED) + " failed, " + c.get(Outcome.SKIPPED_BY_CAPABILITY)
                + " skipped by capability, " + c.get(Outcome.EXPECTED_FAILURE) + " expected failures, "
                + c.get(Outcome.UNAVAILABLE) + " unavailable";
    }
}
