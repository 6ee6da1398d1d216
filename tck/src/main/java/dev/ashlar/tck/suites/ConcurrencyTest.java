package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.resource.Resource;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Several threads writing through one instance all succeed, whether the dialect runs writers concurrently or
 * serialises them (SQLite: one writer, a busy timeout); a race on one identity ends in one row and typed errors.
 */
@Tck
class ConcurrencyTest {

    static final int THREADS = 4;

    static final Resource TASK = Resource.define("Task", r -> r
            .table("tasks")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
            .identity("unique_name", "name")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name")));

    static final Domain DOMAIN = Domain.define("concurrency", d -> d.resources(TASK));

    /** Runs {@code work(thread)} on {@link #THREADS} threads started together and returns each outcome. */
    private static List<Object> onThreads(java.util.function.IntFunction<Object> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Object> task = () -> {
                    start.await(1, TimeUnit.MINUTES);
                    try {
                        return work.apply(thread);
                    } catch (RuntimeException e) {
                        return e;
                    }
                };
                futures.add(pool.submit(task));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(5, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void createsFromSeveralThreadsAllSucceed(TckContext tck) throws Exception {
        Ashlar ashlar = tck.open(DOMAIN);

        List<Object> outcomes = onThreads(thread -> {
            for (int i = 0; i < 25; i++) {
                ashlar.create(TASK, Map.of("name", thread + "-" + i));
            }
            return "ok";
        });

        assertThat(outcomes).containsOnly("ok");
        assertThat(Rows.count(ashlar, TASK)).isEqualTo(THREADS * 25);
    }

    @Test
    void transactionsFromSeveralThreadsEachCommitAllTheirRows(TckContext tck) throws Exception {
        Ashlar ashlar = tck.open(DOMAIN);

        List<Object> outcomes = onThreads(thread -> {
            for (int i = 0; i < 10; i++) {
                String name = thread + "-" + i;
                ashlar.transaction("main", () -> {
                    ashlar.create(TASK, Map.of("name", name + "a"));
                    return ashlar.create(TASK, Map.of("name", name + "b"));
                });
            }
            return "ok";
        });

        assertThat(outcomes).containsOnly("ok");
        assertThat(Rows.count(ashlar, TASK)).isEqualTo(THREADS * 20);
    }

    @Test
    void aRaceOnOneIdentityLeavesOneRowAndUniqueViolations(TckContext tck) throws Exception {
        Ashlar ashlar = tck.open(DOMAIN);

        List<Object> outcomes = onThreads(thread -> ashlar.create(TASK, Map.of("name", "only one")));

        assertThat(outcomes.stream().filter(o -> o instanceof dev.ashlar.row.Row)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !(o instanceof dev.ashlar.row.Row)))
                .hasSize(THREADS - 1)
                .allSatisfy(o -> assertThat(o).isInstanceOf(UniqueViolationException.class));
        assertThat(Rows.count(ashlar, TASK)).isEqualTo(1);
    }
}
