package dev.ashlar.migration.spi;

import java.util.List;

/**
 * What a repair changed, and the checksum mismatches it left alone because realigning was not asked for.
 *
 * @param changes        every change made, oldest migration first; empty when there was nothing to repair
 * @param leftMismatched applied migrations whose files changed since, left as they are (repair with
 *                       {@link RepairRequest#withRealignedChecksums()} to accept the files)
 */
public record RepairResult(List<RepairChange> changes, List<MigrationInfo> leftMismatched) {
    public RepairResult {
        changes = List.copyOf(changes);
        leftMismatched = List.copyOf(leftMismatched);
    }

    public boolean changed() {
        return !changes.isEmpty();
    }
}
