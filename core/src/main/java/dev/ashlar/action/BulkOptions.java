package dev.ashlar.action;

/**
 * How a bulk create behaves.
 *
 * @param atomic    {@code true}: any invalid input or failed batch means nothing is written; {@code false}: valid
 *                  inputs are written batch by batch and the failures are reported by input index
 * @param batchSize rows per statement at most (further capped by the dialect's bind-parameter limit)
 */
public record BulkOptions(boolean atomic, int batchSize) {
    public BulkOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1");
        }
    }

    public static BulkOptions atomicBatches() {
        return new BulkOptions(true, 1000);
    }

    public static BulkOptions bestEffort() {
        return new BulkOptions(false, 1000);
    }

    public BulkOptions withBatchSize(int size) {
        return new BulkOptions(atomic, size);
    }
}
