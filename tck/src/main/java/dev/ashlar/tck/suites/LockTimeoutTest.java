package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ashlar.Ashlar;
import dev.ashlar.config.Timeouts;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.TimeoutException;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A write that needs a lock another transaction holds waits at most the repo's {@code lock-timeout}, then fails
 * with {@link TimeoutException} ({@code LOCK}) — SQLite's one-writer lock and PostgreSQL's row locks alike — and
 * the lock's holder carries on undisturbed.
 */
@Tck
class LockTimeoutTest {
    static final Duration LOCK_TIMEOUT = Duration.ofMillis(600);

    static final Resource TASK = Resource.define("Task", r -> r
            .table("tasks")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required().integer("done").required())
            .identity("unique_name", "name")
            .actions(x -> x.defaults(CREATE, READ, UPDATE).defaultAccept("name", "done")));

    static final Domain DOMAIN = Domain.define("locks", d -> d.resources(TASK));

    private static Ashlar open(TckContext tck) {
        return tck.open(DOMAIN, repo -> repo.withTimeouts(Timeouts.defaults().withLock(LOCK_TIMEOUT)));
    }

    /**
     * Runs {@code holder} in a transaction on another thread; once it has written, runs {@code waiter} here and
     * returns what it threw and how long it took. The holder's transaction then commits.
     */
    private static Timed whileAnotherTransactionHolds(Ashlar ashlar, Consumer<Ashlar> holder, Runnable waiter)
            throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> ashlar.transaction("main", () -> {
            holder.accept(ashlar);
            written.countDown();
            await(release);
            return null;
        }));
        try {
            assertThat(written.await(30, TimeUnit.SECONDS)).as("the holder wrote").isTrue();
            long start = System.nanoTime();
            Throwable thrown = catchThrowable(waiter::run);
            return new Timed(thrown, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
        }
    }

    private record Timed(Throwable thrown, Duration took) {
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertTimedOutWithinTheBound(Timed timed) {
        assertThat(timed.thrown()).isInstanceOf(TimeoutException.class).hasMessageContaining("lock-timeout (600ms)");
        TimeoutException e = (TimeoutException) timed.thrown();
        assertThat(e.waitedFor()).isEqualTo(TimeoutException.Wait.LOCK);
        assertThat(e.limit()).isEqualTo(LOCK_TIMEOUT);
        assertThat(timed.took()).isGreaterThanOrEqualTo(LOCK_TIMEOUT.minusMillis(100))
                .isLessThan(LOCK_TIMEOUT.plusSeconds(5));
    }

    @Test
    void anUpdateOfARowAnotherTransactionChangedTimesOut(TckContext tck) throws Exception {
        Ashlar ashlar = open(tck);
        Row task = ashlar.create(TASK, Map.of("name", "write the report", "done", 0));

        Timed timed = whileAnotherTransactionHolds(ashlar, a -> a.update(TASK, task, Map.of("done", 1)),
                () -> ashlar.update(TASK, task, Map.of("done", 2)));

        assertTimedOutWithinTheBound(timed);
        assertThat(ashlar.get(TASK, task.getUuid("id")).getLong("done")).isEqualTo(1L);
    }

    @Test
    void aCreateCollidingWithAnUncommittedCreateTimesOut(TckContext tck) throws Exception {
        Ashlar ashlar = open(tck);

        Timed timed = whileAnotherTransactionHolds(ashlar, a -> a.create(TASK, Map.of("name", "same", "done", 0)),
                () -> ashlar.create(TASK, Map.of("name", "same", "done", 1)));

        assertTimedOutWithinTheBound(timed);
        assertThat(Rows.count(ashlar, TASK)).isEqualTo(1);
        assertThat(ashlar.create(TASK, Map.of("name", "after", "done", 0))).isNotNull(); // the lock is free again
    }
}
