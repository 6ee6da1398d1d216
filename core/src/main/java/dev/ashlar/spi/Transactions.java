package dev.ashlar.spi;

import java.util.function.Supplier;

/**
 * Thread-bound transactions. A call inside a running transaction joins it. Policy on every dialect: an error
 * thrown out of {@code work} rolls back the whole (outermost) transaction, and once any part of a transaction has
 * failed it can no longer commit.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** True when the current thread runs inside a transaction of this data layer. */
    boolean active();
}
