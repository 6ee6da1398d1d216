package dev.ashlar.generator;

import dev.ashlar.row.Row;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A run of {@code count} rows written batch by batch as the stream is consumed, so only one batch is held at a
 * time; reports progress after each batch and at the end.
 */
final class BatchRun extends Spliterators.AbstractSpliterator<Row> {
    private final String label;
    private final long count;
    private final int batchSize;
    private final ProgressReporter progress;
    private final BatchWriter writeBatch;
    private final Deque<Row> buffer = new ArrayDeque<>();
    private long done;
    private long startNanos = -1;

    private BatchRun(String label, long count, int batchSize, ProgressReporter progress,
                     BatchWriter writeBatch) {
        super(count, Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL);
        this.label = label;
        this.count = count;
        this.batchSize = batchSize;
        this.progress = progress;
        this.writeBatch = writeBatch;
    }

    /** Writes the next {@code size} rows of a run, {@code firstInRun} being the run index of the first one. */
    @FunctionalInterface
    interface BatchWriter {
        List<Row> write(int size, long firstInRun);
    }

    /** The rows, written lazily, batch by batch, by {@code writeBatch}, and returned in order. */
    static Stream<Row> stream(String label, long count, int batchSize, ProgressReporter progress,
                              BatchWriter writeBatch) {
        if (count < 0) {
            throw new GeneratorException(label + ": cannot generate a negative number of rows (" + count + ")");
        }
        return StreamSupport.stream(new BatchRun(label, count, batchSize, progress, writeBatch), false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Row> action) {
        if (buffer.isEmpty()) {
            if (done >= count) {
                return false;
            }
            if (startNanos < 0) {
                startNanos = System.nanoTime();
            }
            int size = (int) Math.min(batchSize, count - done);
            buffer.addAll(writeBatch.write(size, done));
            done += size;
            progress.report(new Progress(label, done, count,
                    java.time.Duration.ofNanos(System.nanoTime() - startNanos), done == count));
        }
        action.accept(buffer.poll());
        return true;
    }
}
