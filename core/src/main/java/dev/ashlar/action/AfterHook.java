package dev.ashlar.action;

import dev.ashlar.row.Row;

/**
 * Runs inside the action's transaction right after the write; throwing rolls the whole action back.
 * For a destroy, {@code result} is the row as it was.
 */
@FunctionalInterface
public interface AfterHook {
    void run(Changeset changeset, Row result);
}
