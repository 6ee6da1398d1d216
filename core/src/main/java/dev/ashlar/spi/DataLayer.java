package dev.ashlar.spi;

import java.util.Set;

/** One open repo: its capabilities and limits plus small interfaces for rows, schema and transactions. */
public interface DataLayer extends AutoCloseable {

    /** The provider id that opened this data layer. */
    String dialect();

    /** Capabilities of this connection (computed from the server version where that matters). */
    Set<Capability> capabilities();

    Limits limits();

    RowStore rows();

    SchemaManager schema();

    Transactions transactions();

    /** Raises {@link dev.ashlar.error.UnsupportedCapabilityException} when {@code capability} is absent. */
    default void require(Capability capability) {
        if (!capabilities().contains(capability)) {
            throw new dev.ashlar.error.UnsupportedCapabilityException(capability.name(), dialect());
        }
    }

    /** Closes the connection pool. */
    @Override
    void close();
}
