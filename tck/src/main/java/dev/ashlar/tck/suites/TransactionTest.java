package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.AshlarException;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An action runs in one transaction with its hooks; an error anywhere rolls it all back. Explicit transactions
 * group actions, and the policy is rollback-only on every dialect: once part of a transaction failed, nothing of it
 * is kept.
 */
@Tck
class TransactionTest {

    static final Resource LOG = Resource.define("OrderLog", r -> r
            .table("order_logs")
            .attributes(a -> a.uuidPrimaryKey("id").string("message").required())
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("message")));

    static final Resource ORDER = Resource.define("Order", r -> r
            .table("orders")
            .attributes(a -> a.uuidPrimaryKey("id").string("number").required().string("status"))
            .identity("unique_number", "number")
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("number", "status")
                    .create("create_failing_before", c -> c.before(cs -> {
                        throw new IllegalStateException("before hook refused");
                    }))
                    .create("create_failing_after", c -> c.after((cs, row) -> {
                        throw new IllegalStateException("after hook refused");
                    }))
                    .create("create_with_log", c -> c.after((cs, row) ->
                            cs.ashlar().create(LOG, Map.of("message", "created " + row.getString("number")))))
                    .create("create_with_log_then_fail", c -> c
                            .after((cs, row) -> cs.ashlar().create(LOG, Map.of("message", "created")))
                            .after((cs, row) -> {
                                throw new IllegalStateException("second after hook refused");
                            }))
                    .update("update_failing_after", u -> u.accept("status").after((cs, row) -> {
                        throw new IllegalStateException("after hook refused");
                    }))
                    .destroy("destroy_failing_after", d -> d.after((cs, row) -> {
                        throw new IllegalStateException("after hook refused");
                    }))));

    static final Domain DOMAIN = Domain.define("transactions", d -> d.resources(LOG, ORDER));

    private static void assertFailedWith(Throwable thrown, String message) {
        Failures.assertCausedBy(thrown, IllegalStateException.class, message);
    }

    @Test
    void aFailingBeforeHookRollsTheActionBack(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Throwable thrown = catchThrowable(() -> ashlar.create(ORDER, "create_failing_before", Map.of("number", "1")));

        assertFailedWith(thrown, "before hook refused");
        assertThat(Rows.count(ashlar, ORDER)).isZero();
    }

    @Test
    void aFailingAfterHookRollsTheWriteBack(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Throwable thrown = catchThrowable(() -> ashlar.create(ORDER, "create_failing_after", Map.of("number", "1")));

        assertFailedWith(thrown, "after hook refused");
        assertThat(Rows.count(ashlar, ORDER)).isZero();
    }

    @Test
    void writesOfAnAfterHookCommitWithTheAction(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        ashlar.create(ORDER, "create_with_log", Map.of("number", "7"));

        assertThat(Rows.count(ashlar, ORDER)).isEqualTo(1);
        assertThat(Rows.column(Rows.all(ashlar, LOG), "message")).containsExactly("created 7");
    }

    @Test
    void writesOfAnAfterHookRollBackWhenALaterHookFails(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Throwable thrown = catchThrowable(() -> ashlar.create(ORDER, "create_with_log_then_fail",
                Map.of("number", "1")));

        assertFailedWith(thrown, "second after hook refused");
        assertThat(Rows.count(ashlar, ORDER)).isZero();
        assertThat(Rows.count(ashlar, LOG)).isZero();
    }

    @Test
    void aFailingAfterHookRollsAnUpdateBack(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row order = ashlar.create(ORDER, Map.of("number", "1", "status", "new"));

        Throwable thrown = catchThrowable(() -> ashlar.update(ORDER, "update_failing_after", order,
                Map.of("status", "paid")));

        assertFailedWith(thrown, "after hook refused");
        assertThat(ashlar.get(ORDER, order.getUuid("id"))).isEqualTo(order);
    }

    @Test
    void aFailingAfterHookRollsADestroyBack(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row order = ashlar.create(ORDER, Map.of("number", "1"));

        Throwable thrown = catchThrowable(() -> ashlar.destroy(ORDER, "destroy_failing_after", order, Map.of()));

        assertFailedWith(thrown, "after hook refused");
        assertThat(ashlar.get(ORDER, order.getUuid("id"))).isEqualTo(order);
    }

    @Test
    void anExplicitTransactionCommitsItsActionsTogether(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        String result = ashlar.transaction("main", () -> {
            ashlar.create(ORDER, Map.of("number", "1"));
            ashlar.create(LOG, Map.of("message", "one"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(Rows.count(ashlar, ORDER)).isEqualTo(1);
        assertThat(Rows.count(ashlar, LOG)).isEqualTo(1);
    }

    @Test
    void anExceptionInAnExplicitTransactionRollsBackEveryAction(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(ORDER, Map.of("number", "before"));

        Throwable thrown = catchThrowable(() -> ashlar.transaction("main", () -> {
            ashlar.create(ORDER, Map.of("number", "1"));
            ashlar.create(ORDER, Map.of("number", "2"));
            throw new IllegalStateException("caller gave up");
        }));

        assertFailedWith(thrown, "caller gave up");
        assertThat(Rows.column(Rows.all(ashlar, ORDER), "number")).containsExactly("before");
    }

    @Test
    void nestedTransactionsJoinTheOutermostOne(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Throwable thrown = catchThrowable(() -> ashlar.transaction("main", () -> {
            ashlar.transaction("main", () -> ashlar.create(ORDER, Map.of("number", "inner")));
            ashlar.create(LOG, Map.of("message", "outer"));
            throw new IllegalStateException("outer gave up");
        }));

        assertFailedWith(thrown, "outer gave up");
        assertThat(Rows.count(ashlar, ORDER)).isZero();
        assertThat(Rows.count(ashlar, LOG)).isZero();
    }

    @Test
    void readsInsideATransactionSeeItsOwnWrites(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        int seen = ashlar.transaction("main", () -> {
            ashlar.create(ORDER, Map.of("number", "1"));
            ashlar.create(ORDER, Map.of("number", "2"));
            return Rows.count(ashlar, ORDER);
        });

        assertThat(seen).isEqualTo(2);
    }

    @Test
    void aTransactionIsActiveOnlyInsideItsWork(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        boolean inside = ashlar.transaction("main", () -> ashlar.dataLayer("main").transactions().active());

        assertThat(inside).isTrue();
        assertThat(ashlar.dataLayer("main").transactions().active()).isFalse();
    }

    @Test
    void aConstraintViolationInsideATransactionAbortsAllOfIt(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(ORDER, Map.of("number", "taken"));

        Throwable thrown = catchThrowable(() -> ashlar.transaction("main", () -> {
            ashlar.create(ORDER, Map.of("number", "1"));
            Throwable duplicate = catchThrowable(() -> ashlar.create(ORDER, Map.of("number", "taken")));
            assertThat(duplicate).isInstanceOf(UniqueViolationException.class);
            ashlar.create(LOG, Map.of("message", "carried on after the violation"));
            return null;
        }));

        assertThat(thrown).as("a transaction in which a write failed must not commit; the caller must be told")
                .isInstanceOf(AshlarException.class);
        assertThat(Rows.column(Rows.all(ashlar, ORDER), "number")).containsExactly("taken");
        assertThat(Rows.count(ashlar, LOG)).isZero();
    }

    @Test
    void aFailedActionLeavesTheNextOneUnaffected(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(ORDER, Map.of("number", "1"));

        Throwable duplicate = catchThrowable(() -> ashlar.create(ORDER, Map.of("number", "1")));
        Row next = ashlar.create(ORDER, Map.of("number", "2"));

        assertThat(duplicate).isInstanceOf(UniqueViolationException.class);
        assertThat(ashlar.get(ORDER, next.getUuid("id"))).isEqualTo(next);
        assertThat(Rows.count(ashlar, ORDER)).isEqualTo(2);
    }
}
